import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box";

describe("secret box", () => {
  it("round-trips and never stores the plaintext", () => {
    const { ciphertext, keyId } = seal("sandbox-chatwoot-token", "tenant-a:chatwoot");
    expect(ciphertext).not.toContain("sandbox-chatwoot-token");
    expect(ciphertext.split(".")[1]).toBe(keyId);
    expect(open(ciphertext, "tenant-a:chatwoot")).toBe("sandbox-chatwoot-token");
  });

  it("refuses a ciphertext moved to another tenant's row", () => {
    const { ciphertext } = seal("secret", "tenant-a:chatwoot");
    expect(() => open(ciphertext, "tenant-b:chatwoot")).toThrow();
  });

  it("refuses a tampered ciphertext", () => {
    const { ciphertext } = seal("secret", "t:odoo");
    const parts = ciphertext.split(".");
    parts[4] = Buffer.from("other").toString("base64url");
    expect(() => open(parts.join("."), "t:odoo")).toThrow();
  });
});
