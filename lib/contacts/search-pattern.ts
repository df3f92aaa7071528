// Turns what a person typed into the search box into a LIKE pattern over contacts.search, which the
// database fills with lower-cased, accent-free text plus the bare digits of RUTs and phones. So
// "12.345.678-5", "123456785", "+56 9 8765 4321" and "Nuñez" all become substrings of that text.

const ACCENTS: Record<string, string> = {
  á: "a",
  à: "a",
  ä: "a",
  â: "a",
  é: "e",
  è: "e",
  ë: "e",
  ê: "e",
  í: "i",
  ì: "i",
  ï: "i",
  î: "i",
  ó: "o",
  ò: "o",
  ö: "o",
  ô: "o",
  ú: "u",
  ù: "u",
  ü: "u",
  û: "u",
  ñ: "n",
  ç: "c",
};

export function searchNeedle(query: string): string | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  // A RUT or phone as typed: digits with dots, dashes, spaces, a leading + and maybe a final K.
  if (/^[+\d][\d .\-()]*k?$/.test(q) && /\d{3}/.test(q.replace(/\D/g, ""))) {
    return q.replace(/[^\dk]/g, "");
  }
  return q.replace(/[áàäâéèëêíìïîóòöôúùüûñç]/g, (c) => ACCENTS[c] ?? c).replace(/\s+/g, " ");
}

/** LIKE pattern with the needle's own % and _ taken literally. */
export function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
