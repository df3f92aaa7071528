import "server-only";
import type { Tx } from "@/lib/db/open";
import { outbox } from "@/lib/db/schema";
import type { AccountTemplate, OutboxPayload, TenantTemplate } from "./templates";

export type Recipients = { email?: string | null; phone?: string | null };

/**
 * Queues one message per channel the tenant can be reached on, inside the caller's transaction so
 * the message exists exactly when the change that caused it commits. The sender delivers it.
 */
export async function enqueueMessages(
  tx: Tx,
  tenantId: string,
  to: Recipients,
  template: TenantTemplate,
  payload: OutboxPayload & { legalName: string },
) {
  const rows = [
    ...(to.email ? [{ channel: "email" as const, recipient: to.email }] : []),
    ...(to.phone ? [{ channel: "whatsapp" as const, recipient: to.phone }] : []),
  ];
  if (rows.length === 0) return;
  await tx.insert(outbox).values(rows.map((r) => ({ tenantId, ...r, template, payload })));
}

/**
 * Queues one email about an account that has no tenant yet (sign-up's link or notice), inside the
 * caller's transaction. Such a row has a null tenant_id: it is a message like any other for the
 * sender, and no tenant's member can read it (every outbox policy compares tenant_id with the
 * claimed tenant). See supabase/migrations/*_sign_up_verification.sql for why not a table of its own.
 */
export async function enqueueAccountMessage(tx: Tx, email: string, template: AccountTemplate, payload: OutboxPayload) {
  await tx.insert(outbox).values({ tenantId: null, channel: "email", recipient: email, template, payload });
}
