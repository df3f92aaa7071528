import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { idempotencyKeys } from "@/lib/db/schema";
import { ApiError } from "@/lib/errors";

/** A request that died mid-way stops blocking its key after this long. */
const IN_FLIGHT_MS = 60_000;

const hashBody = (body: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(body ?? null))
    .digest("hex");

/**
 * Runs `create` once per (caller, key): a retry with the same key and body gets the first answer
 * again (header Idempotent-Replayed), the same key with another body is refused (422), and a retry
 * while the first is still running is told so (409). Failed attempts free the key.
 */
export async function idempotent(
  db: Db,
  scope: { caller: string; key: string | null; body: unknown },
  create: () => Promise<{ status: number; body: unknown }>,
): Promise<Response> {
  if (!scope.key) {
    const first = await create();
    return Response.json(first.body, { status: first.status });
  }
  if (scope.key.length > 255) {
    throw new ApiError("validation_error", "idempotency_key_too_long");
  }
  const requestHash = hashBody(scope.body);
  const where = and(eq(idempotencyKeys.caller, scope.caller), eq(idempotencyKeys.key, scope.key));
  await db
    .delete(idempotencyKeys)
    .where(
      and(where, lt(idempotencyKeys.createdAt, new Date(Date.now() - IN_FLIGHT_MS)), eq(idempotencyKeys.statusCode, 0)),
    );
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ caller: scope.caller, key: scope.key, requestHash, statusCode: 0 })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });

  if (claimed.length === 0) {
    const [previous] = await db.select().from(idempotencyKeys).where(where);
    if (!previous) throw new ApiError("conflict", "idempotency_retry");
    if (previous.requestHash !== requestHash) {
      throw new ApiError("unprocessable", "idempotency_key_reused");
    }
    if (!previous.statusCode) {
      throw new ApiError("conflict", "idempotency_in_progress");
    }
    return Response.json(previous.response, {
      status: previous.statusCode,
      headers: { "Idempotent-Replayed": "true" },
    });
  }

  try {
    const first = await create();
    await db.update(idempotencyKeys).set({ statusCode: first.status, response: first.body }).where(where);
    return Response.json(first.body, { status: first.status });
  } catch (error) {
    await db.delete(idempotencyKeys).where(where);
    throw error;
  }
}
