import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";

describe("contentSecurityPolicy", () => {
  const production = contentSecurityPolicy({ nonce: "abc123==", development: false, clerk: false });

  it("lets scripts run only by nonce, never inline or by eval in production", () => {
    const scripts = directive(production, "script-src");
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows eval only in development, for React's tooling", () => {
    const dev = contentSecurityPolicy({ nonce: "n", development: true, clerk: false });
    expect(directive(dev, "script-src")).toContain("'unsafe-eval'");
  });

  it("asks no other host for images, unless Clerk's avatars are in use", () => {
    const images = directive(production, "img-src");
    expect(images.split(" ")).not.toContain("https:");
    expect(images).toBe("img-src 'self' data: blob:");
    const withClerk = contentSecurityPolicy({ nonce: "n", development: false, clerk: true });
    expect(directive(withClerk, "img-src")).toBe("img-src 'self' data: blob: https://img.clerk.com");
    expect(directive(withClerk, "script-src")).toContain("https://*.clerk.com");
  });

  it("keeps the page out of frames and forms on this origin", () => {
    expect(directive(production, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(production, "form-action")).toBe("form-action 'self'");
    expect(directive(production, "object-src")).toBe("object-src 'none'");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, new every time", () => {
    const seen = new Set(Array.from({ length: 200 }, newNonce));
    expect(seen.size).toBe(200);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
