import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { servicePathDb } from "@/lib/db/privileged";
import { tenantMembers } from "@/lib/db/schema";

/** Turns every pending invitation for this email into an active membership of this user. */
export async function acceptInvitations(userId: string, email: string): Promise<number> {
  const db = await servicePathDb();
  const rows = await db
    .update(tenantMembers)
    .set({ userId, status: "active" })
    .where(and(eq(tenantMembers.status, "invited"), sql`lower(${tenantMembers.email}) = lower(${email})`))
    .returning({ id: tenantMembers.id });
  return rows.length;
}
