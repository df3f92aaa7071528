import "server-only";
import { sql } from "drizzle-orm";
import type { Identity } from "@/lib/auth/identity";
import { executeRows } from "@/lib/db/execute-rows";
import { pgErrorCode, UNIQUE_VIOLATION } from "@/lib/db/pg-error";
import { withUser } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import { slugify } from "./slug";

/** A signed-in user creates a workspace and becomes its admin, with the three product trials. */
export async function createWorkspace(
  identity: Identity,
  input: { legalName: string; slug?: string; plan?: "free" | "basic" | "pro" },
) {
  const slug = input.slug ?? slugify(input.legalName);
  if (slug.length < 3) {
    throw new ApiError("validation_error", "slug_missing", { fields: { slug: ["slug_too_short"] } });
  }
  try {
    const [row] = await withUser(identity, (tx) =>
      executeRows<{ id: string }>(
        tx,
        sql`select public.create_tenant_minimal(${slug}, ${input.legalName}, ${identity.email}, null, null, ${input.plan ?? "free"}) as id`,
      ),
    );
    return { id: row.id, slug };
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) {
      throw new ApiError("conflict", "slug_taken", { fields: { slug: ["slug_taken"] } });
    }
    throw error;
  }
}
