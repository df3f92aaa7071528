// Part 3: Chatwoot's signed message_created deliveries, as fast as the Hub takes them. Some are
// delivered twice with the same delivery id (Chatwoot does that), sometimes at the same moment; the
// rows are counted once the server is stopped: every event stored once, none lost.
import { createHmac, randomUUID } from "node:crypto";
import type { Record } from "./figures";
import { okCount, timedFetches } from "./http-load";
import { round } from "./stats";

export type IngestRun = { tenantId: string; accepted: Set<string> };

export async function webhookIngest(
  record: Record,
  note: (text: string) => void,
  webhook: { url: string; secret: string; tenantId: string },
  options: { events: number; duplicateShare: number; concurrency: number; maxSeconds: number },
): Promise<IngestRun> {
  const keyPrefix = `bench-${randomUUID().slice(0, 8)}-`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  // `key` names the delivery (X-Chatwoot-Delivery); `id` is the message id the stored row is found by,
  // since the Hub keys a signed delivery by what its signature covers, not by that header.
  const deliveries: { body: string; key: string; id: string }[] = [];
  for (let i = 0; i < options.events; i++) {
    const created = new Date(Date.now() - (options.events - i) * 1000).toISOString();
    const id = 900_000_000 + i;
    const body = JSON.stringify(messageCreated(id, created));
    deliveries.push({ body, key: `${keyPrefix}${i}`, id: String(id) });
  }
  // Every n-th event comes twice: half right behind the first copy (so both are in flight together),
  // half at the end of the run.
  const every = Math.max(1, Math.round(1 / options.duplicateShare));
  const late: typeof deliveries = [];
  const ordered: typeof deliveries = [];
  deliveries.forEach((d, i) => {
    ordered.push(d);
    if (i % every === 0) (i % (2 * every) === 0 ? ordered : late).push(d);
  });
  ordered.push(...late);

  const jobs = ordered.map(
    (d) => (signal: AbortSignal) =>
      fetch(webhook.url, {
        method: "POST",
        signal,
        headers: {
          "content-type": "application/json",
          "user-agent": "Chatwoot Webhook",
          "x-chatwoot-signature": `sha256=${createHmac("sha256", webhook.secret).update(`${timestamp}.${d.body}`).digest("hex")}`,
          "x-chatwoot-timestamp": timestamp,
          "x-chatwoot-delivery": d.key,
        },
        body: d.body,
      }),
  );
  await warmUp(webhook);
  const timed = await timedFetches(jobs, options.concurrency, options.maxSeconds);
  const sent = timed.results.filter((status) => status !== undefined).length;
  const accepted = okCount(timed);
  const acceptedKeys = new Set(
    ordered.filter((_, i) => timed.results[i] >= 200 && timed.results[i] < 300).map((d) => d.id),
  );
  const failed = sent - accepted;
  if (failed) {
    note(`ingest: ${failed} of ${sent} deliveries got no 2xx (${[...timed.statuses]}) ${timed.errors.join("; ")}`);
  }
  const rate = round(accepted / timed.seconds, 0);
  record("ingest.rate", `deliveries accepted/s (c=${options.concurrency})`, rate, "events/s");
  record("ingest.p50", "delivery p50", round(timed.p50), "ms");
  record("ingest.p99", "delivery p99", round(timed.p99), "ms");
  const share = Math.round(options.duplicateShare * 100);
  record("ingest.sent", `deliveries sent in ${round(timed.seconds, 0)} s (${share} % twice)`, sent, "count");
  record("ingest.failed", "deliveries without a 2xx", failed, "count");
  console.log(`  ingest: ${accepted}/${sent} accepted in ${round(timed.seconds)} s`);
  return { tenantId: webhook.tenantId, accepted: acceptedKeys };
}

/** Rows read after the run, when the database is no longer the server's. */
export function recordIngestRows(record: Record, run: IngestRun, keys: string[]) {
  const stored = new Set(keys);
  const lost = [...run.accepted].filter((k) => !stored.has(k)).length;
  record("ingest.accepted_events", "distinct events accepted", run.accepted.size, "count");
  record("ingest.stored", "rows stored", keys.length, "count");
  record("ingest.lost", "accepted events not stored", lost, "count");
  record("ingest.duplicates", "duplicate rows", keys.length - stored.size, "count");
}

async function warmUp(webhook: { url: string; secret: string }) {
  // An unsigned probe exercises the route (compiled, target looked up) without storing anything.
  const res = await fetch(webhook.url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
  await res.arrayBuffer();
}

/** The shape Chatwoot posts for an incoming WhatsApp message (string message_type, nested objects). */
function messageCreated(id: number, createdAt: string) {
  return {
    event: "message_created",
    id,
    content: `Hola, ¿tienen planchas de OSB de 15 mm? Pedido ${id}`,
    content_type: "text",
    content_attributes: {},
    message_type: "incoming",
    private: false,
    source_id: `wamid.bench${id}`,
    created_at: createdAt,
    updated_at: createdAt,
    sender: { id: 7, name: "Rosa Pizarro", phone_number: "+56987650002", type: "contact" },
    inbox: { id: 1, name: "WhatsApp Ferretería" },
    conversation: {
      id: 2,
      status: "open",
      inbox_id: 1,
      can_reply: true,
      unread_count: 1,
      labels: [],
      meta: { sender: { id: 7, name: "Rosa Pizarro", phone_number: "+56987650002" }, assignee: null },
      contact_inbox: { contact_id: 7, inbox_id: 1, source_id: "56987650002" },
      account: { id: 1, name: "Ferretería El Roble" },
    },
    account: { id: 1, name: "Ferretería El Roble" },
  };
}
