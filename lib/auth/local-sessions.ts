import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { sessions, users } from "@/lib/db/schema";
import type { Identity } from "./identity";
import { SESSION_DAYS } from "./session-cookie";

// The cookie carries a random token; the database keeps only its hash, so a leaked table
// cannot be replayed as cookies. Revoking a row ends the session everywhere.
export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export async function createSession(userId: string, meta: { userAgent?: string; ip?: string }) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const db = await servicePathDb();
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    expiresAt,
    userAgent: meta.userAgent?.slice(0, 300),
    ip: meta.ip,
  });
  return { token, expiresAt };
}

export async function identityFromSessionToken(token: string): Promise<Identity | null> {
  const db = await servicePathDb();
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

export async function revokeSession(token: string) {
  const db = await servicePathDb();
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(eq(sessions.id, hashToken(token)));
}
