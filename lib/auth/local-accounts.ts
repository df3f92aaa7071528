import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { users } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";
import { clear, hit, peek } from "@/lib/rate-limit";
import { createSession } from "./local-sessions";
import { dummyHash, hashPassword, verifyPassword } from "./password";
import type { Identity } from "./types";

type RequestMeta = { ip: string; userAgent?: string };

// Failed sign-ins per email (guessing one account) and per IP (spraying many).
const perEmail = { limit: 5, seconds: 15 * 60 };
const perIp = { limit: 30, seconds: 15 * 60 };

const throttled = (retryAfter: number) =>
  new ApiError("rate_limited", "Demasiados intentos fallidos. Espera unos minutos e inténtalo de nuevo.", {
    headers: { "Retry-After": String(retryAfter) },
    details: { retryAfter },
  });

async function findUserByEmail(email: string) {
  const db = await servicePathDb();
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function signUp(input: { email: string; password: string; name: string }, meta: RequestMeta) {
  if (await findUserByEmail(input.email)) {
    throw new ApiError("conflict", "Ya existe una cuenta con ese correo. Inicia sesión.", {
      details: { fieldErrors: { email: ["Ya existe una cuenta con ese correo."] } },
    });
  }
  const db = await servicePathDb();
  const identity: Identity = { userId: `usr_${randomUUID()}`, email: input.email.toLowerCase(), name: input.name };
  await db.insert(users).values({
    id: identity.userId,
    email: identity.email,
    name: identity.name,
    passwordHash: await hashPassword(input.password),
  });
  const session = await createSession(identity.userId, meta);
  return { identity, session };
}

export async function signIn(input: { email: string; password: string }, meta: RequestMeta) {
  const email = input.email.toLowerCase();
  const emailKey = `sign-in:email:${email}`;
  const ipKey = `sign-in:ip:${meta.ip}`;
  for (const [key, w] of [
    [emailKey, perEmail],
    [ipKey, perIp],
  ] as const) {
    const state = await peek(key, w);
    if (state.limited) throw throttled(state.retryAfter);
  }

  const user = await findUserByEmail(email);
  const ok = user?.passwordHash
    ? await verifyPassword(input.password, user.passwordHash)
    : await verifyPassword(input.password, await dummyHash()).then(() => false);
  if (!user || !ok) {
    await hit(emailKey, perEmail);
    await hit(ipKey, perIp);
    throw new ApiError("unauthorized", "Correo o contraseña incorrectos.");
  }
  await clear(emailKey);
  const session = await createSession(user.id, meta);
  return { identity: { userId: user.id, email: user.email, name: user.name } satisfies Identity, session };
}

/** Keeps a users row for identities from an external provider, so memberships can reference them. */
export async function ensureUserRow(identity: Identity) {
  const db = await servicePathDb();
  await db
    .insert(users)
    .values({ id: identity.userId, email: identity.email, name: identity.name })
    .onConflictDoUpdate({
      target: users.id,
      set: { email: identity.email, name: identity.name },
      // Most requests change nothing: skip the write then.
      setWhere: sql`${users.email} <> excluded.email or ${users.name} <> excluded.name`,
    });
}
