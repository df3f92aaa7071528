import "server-only";
import type { Tx } from "@/lib/db/open";
import { outbox } from "@/lib/db/schema";
import type { OutboxPayload, OutboxTemplate } from "./templates";

export type Recipients = { email?: string | null; phone?: string | null };

/**
 * Queues one message per channel the tenant can be reached on, inside the caller's transaction so
 * the message exists exactly when the change that caused it commits. The sender delivers it.
 */
export async function enqueueMessages(
  tx: Tx,
  tenantId: string,
  to: Recipients,
  template: OutboxTemplate,
  payload: OutboxPayload,
) {
  const rows = [
    ...(to.email ? [{ channel: "email" as const, recipient: to.email }] : []),
    ...(to.phone ? [{ channel: "whatsapp" as const, recipient: to.phone }] : []),
  ];
  if (rows.length === 0) return;
  await tx.insert(outbox).values(rows.map((r) => ({ tenantId, ...r, template, payload })));
}
