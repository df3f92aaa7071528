// Chilean phone numbers as E.164 (+569XXXXXXXX for mobiles), whatever way they were written.

/** +56 9 1234 5678, 912345678, 0056 9 1234-5678, 56912345678 → +56912345678; null if not Chilean. */
export function normalizeChileanPhone(input: string): string | null {
  let digits = input.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) digits = digits.slice(1);
  else if (digits.startsWith("00")) digits = digits.slice(2);
  if (digits.startsWith("56")) digits = digits.slice(2);
  // Mobiles are 9 + 8 digits; landlines are 9 digits starting with an area code (2 = Santiago).
  if (/^9\d{8}$/.test(digits) || /^[2-8]\d{8}$/.test(digits)) return `+56${digits}`;
  return null;
}

/** Any phone as E.164: Chilean numbers however written; other countries only when already +E.164. */
export function normalizePhone(input: string): string | null {
  const chilean = normalizeChileanPhone(input);
  if (chilean) return chilean;
  const digits = input.replace(/[^\d+]/g, "");
  return /^\+[1-9]\d{7,14}$/.test(digits) ? digits : null;
}

export function isChileanMobile(input: string): boolean {
  return /^\+569\d{8}$/.test(normalizeChileanPhone(input) ?? "");
}

/** +56912345678 → +56 9 1234 5678; anything else is returned as given. */
export function formatPhone(e164: string): string {
  const m = /^\+56(9)(\d{4})(\d{4})$/.exec(e164);
  if (m) return `+56 ${m[1]} ${m[2]} ${m[3]}`;
  const landline = /^\+56(\d)(\d{4})(\d{4})$/.exec(e164);
  return landline ? `+56 ${landline[1]} ${landline[2]} ${landline[3]}` : e164;
}
