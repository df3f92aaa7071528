import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { encryptionKeys } from "./encryption-key";

// AES-256-GCM. The associated data binds a ciphertext to its row (tenant and service), so a value
// copied into another tenant's row does not decrypt there.
const VERSION = "v1";

export function seal(plaintext: string, associatedData: string): { ciphertext: string; keyId: string } {
  const { current } = encryptionKeys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [
    VERSION,
    current.id,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ];
  return { ciphertext: parts.join("."), keyId: current.id };
}

export function open(sealed: string, associatedData: string): string {
  const [version, keyId, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !keyId || !iv || !tag || body === undefined) throw new Error("Unknown ciphertext format");
  const key = encryptionKeys().all.get(keyId);
  if (!key)
    throw new Error(`No encryption key ${keyId} is configured (rotated away without APP_ENCRYPTION_KEY_PREVIOUS?)`);
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
