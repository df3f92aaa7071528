// Where to go after sign-in, from a `next` parameter anyone can write into a link. Client-safe.

const base = "http://x.invalid";
// Browsers drop tab, CR and LF inside URLs and read "\" as "/", so "/\t/evil.example" and
// "/\evil.example" are "//evil.example" to them: anything holding those is refused outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * Only a same-origin path is followed; anything else lands on the home page. The value is parsed
 * as the browser would resolve it against our origin, and what is returned is the parser's own
 * normalized, percent-encoded path, so the Location header says exactly what was checked.
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || unsafeCharacters.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/";
  }
  const path = url.pathname + url.search + url.hash;
  // Dot segments can normalize into a protocol-relative path ("/..//evil.example" → "//evil.example").
  if (url.origin !== base || path.startsWith("//")) return "/";
  return path;
}
