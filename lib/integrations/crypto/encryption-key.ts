import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, isProduction } from "@/lib/env";

export type EncryptionKey = { id: string; key: Buffer };

// Any string of 32+ characters is accepted; SHA-256 turns it into the 32 bytes AES-256 needs and its
// first bytes name the key, so a stored ciphertext says which key sealed it.
function toKey(secret: string): EncryptionKey {
  const key = createHash("sha256").update(secret).digest();
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 12), key };
}

function developmentSecret(): string {
  const file = path.resolve(env.DATA_DIR, "encryption.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let cached: { current: EncryptionKey; all: Map<string, EncryptionKey> } | undefined;

/** The key that encrypts now, and every key that may still decrypt (current plus previous ones). */
export function encryptionKeys() {
  if (cached) return cached;
  let secret = env.APP_ENCRYPTION_KEY;
  if (!secret) {
    if (isProduction) throw new Error("APP_ENCRYPTION_KEY is required in production.");
    secret = developmentSecret();
  }
  const current = toKey(secret);
  const previous = (env.APP_ENCRYPTION_KEY_PREVIOUS ?? "").split(",").filter(Boolean).map(toKey);
  cached = { current, all: new Map([current, ...previous].map((k) => [k.id, k])) };
  return cached;
}
