// Chilean RUT: body digits plus a modulo-11 check digit (0-9 or K), shown as 12.345.678-5.

/** Strips dots, dashes, spaces and a "CL" prefix; upper-cases K. */
export function cleanRut(input: string): string {
  return input
    .toUpperCase()
    .replace(/^CL/, "")
    .replace(/[^0-9K]/g, "");
}

export function rutCheckDigit(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const rest = 11 - (sum % 11);
  return rest === 11 ? "0" : rest === 10 ? "K" : String(rest);
}

export function isValidRut(input: string): boolean {
  const clean = cleanRut(input);
  if (!/^\d{7,8}[0-9K]$/.test(clean)) return false;
  return rutCheckDigit(clean.slice(0, -1)) === clean.slice(-1);
}

/** 12345678-5 → 12.345.678-5; partial input is formatted as far as it goes (for typing). */
export function formatRut(input: string): string {
  const clean = cleanRut(input);
  if (clean.length < 2) return clean;
  const body = clean.slice(0, -1).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${body}-${clean.slice(-1)}`;
}

/** The canonical stored form, 12345678-5, or null when invalid. */
export function normalizeRut(input: string): string | null {
  if (!isValidRut(input)) return null;
  const clean = cleanRut(input);
  return `${clean.slice(0, -1)}-${clean.slice(-1)}`;
}
