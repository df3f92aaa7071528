import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute-rows";
import type { Db } from "@/lib/db/open";
import { log } from "@/lib/log";
import type { OutboxPayload, OutboxTemplate } from "./templates";
import { PermanentDeliveryError, type Transport } from "./transports";

const MAX_ATTEMPTS = 5;
/** How long a claimed row stays invisible to other senders; a crash mid-send retries after it. */
const CLAIM_SECONDS = 120;

type ClaimedRow = {
  id: string;
  tenant_id: string | null;
  channel: "email" | "whatsapp";
  recipient: string;
  template: OutboxTemplate;
  payload: OutboxPayload;
  attempts: number;
};

/**
 * Sends what is due. Rows are claimed by pushing next_attempt_at forward under FOR UPDATE SKIP
 * LOCKED, in a short transaction of their own, so several instances can run this at once without
 * sending a row twice and without holding a transaction open across the network call. Delivery is
 * at least once: a sender that dies after sending and before marking the row resends it later.
 */
export async function deliverDueMessages(
  db: Db,
  transport: Transport,
  options: { now?: Date; batch?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  const claimed = await executeRows<ClaimedRow>(
    db,
    sql`update public.outbox o
        set attempts = o.attempts + 1,
            next_attempt_at = ${now.toISOString()}::timestamptz + make_interval(secs => ${CLAIM_SECONDS})
        where o.id in (
          select id from public.outbox
          where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
          order by next_attempt_at
          limit ${options.batch ?? 20}
          for update skip locked
        )
        returning o.id, o.tenant_id, o.channel, o.recipient, o.template, o.payload, o.attempts`,
  );
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      await transport({
        id: row.id,
        tenantId: row.tenant_id,
        channel: row.channel,
        recipient: row.recipient,
        template: row.template,
        payload: row.payload,
      });
      await db.execute(
        sql`update public.outbox set status = 'sent', sent_at = ${now.toISOString()}::timestamptz, last_error = null
            where id = ${row.id}`,
      );
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = error instanceof PermanentDeliveryError || row.attempts >= MAX_ATTEMPTS;
      // Backoff doubles from 30 s: 30 s, 1 min, 2 min, 4 min.
      const wait = 30 * 2 ** (row.attempts - 1);
      await db.execute(
        sql`update public.outbox
            set status = ${giveUp ? "failed" : "pending"}, last_error = ${message},
                next_attempt_at = ${now.toISOString()}::timestamptz + make_interval(secs => ${wait})
            where id = ${row.id}`,
      );
      if (giveUp) failed++;
      log.warn("outbox delivery failed", { id: row.id, channel: row.channel, attempts: row.attempts, error: message });
    }
  }
  return { sent, failed };
}
