// The values an error's text may name, read from its details. Shared by the server (its Spanish
// message) and the browser (the text in the user's language), so both fill the same placeholders.
const serviceNames: Record<string, string> = { chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" };

export function errorValues(details: Record<string, unknown> | undefined): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[key] = value;
  }
  if (typeof values.service === "string") values.serviceName = serviceNames[values.service] ?? values.service;
  return values;
}
