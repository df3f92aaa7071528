import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { tenantIntegrations } from "@/lib/db/schema";
import type { IntegrationKind } from "./connection-schemas";

export type IntegrationRow = typeof tenantIntegrations.$inferSelect;

export async function findIntegrationRow(tx: Tx, tenantId: string, kind: IntegrationKind) {
  const [row] = await tx
    .select()
    .from(tenantIntegrations)
    .where(and(eq(tenantIntegrations.tenantId, tenantId), eq(tenantIntegrations.kind, kind)));
  return row;
}

export async function listIntegrationRows(tx: Tx, tenantId: string) {
  return tx.select().from(tenantIntegrations).where(eq(tenantIntegrations.tenantId, tenantId));
}

type RowValues = Omit<typeof tenantIntegrations.$inferInsert, "tenantId" | "kind" | "createdAt">;

export async function upsertIntegrationRow(tx: Tx, tenantId: string, kind: IntegrationKind, values: RowValues) {
  const [row] = await tx
    .insert(tenantIntegrations)
    .values({ tenantId, kind, ...values })
    .onConflictDoUpdate({
      target: [tenantIntegrations.tenantId, tenantIntegrations.kind],
      set: { ...values, updatedAt: new Date() },
    })
    .returning();
  return row;
}

export async function deleteIntegrationRow(tx: Tx, tenantId: string, kind: IntegrationKind) {
  const rows = await tx
    .delete(tenantIntegrations)
    .where(and(eq(tenantIntegrations.tenantId, tenantId), eq(tenantIntegrations.kind, kind)))
    .returning({ id: tenantIntegrations.id });
  return rows.length > 0;
}
