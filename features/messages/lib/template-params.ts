// WhatsApp template bodies number their variables {{1}}, {{2}}…; the composer asks for each one and
// shows the message as the customer will read it.

export function templateVariables(body: string | null): string[] {
  if (!body) return [];
  const found = new Set<string>();
  for (const m of body.matchAll(/\{\{\s*(\d{1,2})\s*\}\}/g)) found.add(m[1]);
  return [...found].sort((a, b) => Number(a) - Number(b));
}

export function renderTemplate(body: string | null, values: Record<string, string>): string {
  return (body ?? "").replace(/\{\{\s*(\d{1,2})\s*\}\}/g, (match, n: string) => values[n]?.trim() || match);
}

export function missingVariables(body: string | null, values: Record<string, string>): string[] {
  return templateVariables(body).filter((n) => !values[n]?.trim());
}
