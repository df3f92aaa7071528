// The page's Content-Security-Policy, built per request by proxy.ts with a fresh nonce. Next reads the
// nonce from the request's own Content-Security-Policy header and puts it on every script it renders;
// 'strict-dynamic' then lets those scripts load the chunks they import, and nothing else runs: no
// inline script without the nonce, no script from a host merely listed.

export type CspOptions = {
  /** Base64 of at least 128 random bits, new for every response. */
  nonce: string;
  /** React's development tooling evaluates code (eval); the production build never does. */
  development: boolean;
  /** Clerk's sign-in widgets load from, and talk to, Clerk's hosts when its keys are configured. */
  clerk: boolean;
};

const clerkHosts = ["https://*.clerk.accounts.dev", "https://*.clerk.com", "https://clerk.*"];
// Profile pictures of Clerk accounts.
const clerkImages = ["https://img.clerk.com"];

export function contentSecurityPolicy({ nonce, development, clerk }: CspOptions): string {
  const scripts = [
    "'self'",
    `'nonce-${nonce}'`,
    "'strict-dynamic'",
    ...(development ? ["'unsafe-eval'"] : []),
    // Ignored by browsers that understand 'strict-dynamic'; kept for those that do not.
    ...(clerk ? clerkHosts : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React's style={…} attributes and Radix's positioning are inline styles; a style nonce would
    // refuse them (a nonce covers <style> elements, never style attributes).
    "style-src 'self' 'unsafe-inline'",
    // Images come from the Hub itself (attachments are served through it), data: URLs of icons and
    // blob: URLs of files picked for upload; no other host may be asked for a pixel.
    `img-src ${["'self'", "data:", "blob:", ...(clerk ? clerkImages : [])].join(" ")}`,
    `connect-src ${["'self'", ...(clerk ? clerkHosts : [])].join(" ")}`,
    `frame-src ${["'self'", ...(clerk ? clerkHosts : [])].join(" ")}`,
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * For responses that are never a page of the app: files served as they are (an SVG opened on its own
 * is a document) and redirects. No script runs under it; the rest matches the pages' policy.
 */
export const inertPolicy =
  "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** A nonce of 128 random bits, base64 (Web Crypto: proxy.ts may run on the edge runtime too). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
