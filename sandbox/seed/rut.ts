/** Chilean RUT check digit (modulo 11, weights 2..7 from the right). */
export function rutCheckDigit(body: number): string {
  let sum = 0;
  let weight = 2;
  for (let n = body; n > 0; n = Math.floor(n / 10)) {
    sum += (n % 10) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const r = 11 - (sum % 11);
  return r === 11 ? "0" : r === 10 ? "K" : String(r);
}

/** `76086428-5`: the form Odoo keeps in `vat` (NOTES.md "Models and fields"). */
export function rutPlain(body: number): string {
  return `${body}-${rutCheckDigit(body)}`;
}

/** `1234567` → `1.234.567` (Chilean thousands separator); cheaper than Intl inside seeding loops. */
export function groupThousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** `76.086.428-5`: the form people write and Chilean UIs show. */
export function rutDotted(body: number): string {
  return `${groupThousands(body)}-${rutCheckDigit(body)}`;
}

export function isValidRut(rut: string): boolean {
  const m = /^(?:CL)?([\d.]+)-([\dkK])$/.exec(rut.trim());
  if (!m) return false;
  return rutCheckDigit(Number(m[1].replace(/\./g, ""))) === m[2].toUpperCase();
}
