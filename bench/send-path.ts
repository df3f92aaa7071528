// Part 2: a reply through the Hub (which first checks the WhatsApp window, then posts) against the same
// post straight to the sandbox, one at a time as an agent sends them, alternating in rounds.
import { randomUUID } from "node:crypto";
import { chatwoot, chatwootApi, hubUrl, sandboxUrl } from "./context";
import type { Record } from "./figures";
import { okCount, timedFetches } from "./http-load";
import type { IdentityPool } from "./hub-session";
import { percentile, round } from "./stats";

export async function sendPath(
  record: Record,
  note: (text: string) => void,
  pool: IdentityPool,
  options: { rounds: number; perRound: number; maxSecondsPerRound: number },
) {
  // A customer who just wrote in: a fresh conversation whose 24-hour window is open.
  const inbound = await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: "+56987650001", name: "Cliente Benchmark", content: "Hola, ¿tienen stock?" }),
  });
  if (inbound.status !== 201) throw new Error(`sandbox inbound failed: ${inbound.status}`);
  const { conversationId } = (await inbound.json()) as { conversationId: number };

  const hubJob = (signal: AbortSignal) => {
    const identity = pool.take();
    return fetch(`${hubUrl}/api/chatwoot/${identity.tenantId}/conversations/${conversationId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: identity.cookie },
      signal,
      body: JSON.stringify({ content: "Sí, nos quedan 40 sacos de cemento.", echoId: randomUUID() }),
    });
  };
  const directJob = (signal: AbortSignal) =>
    fetch(`${chatwootApi}/conversations/${conversationId}/messages`, {
      method: "POST",
      signal,
      headers: { "content-type": "application/json", api_access_token: chatwoot.token },
      body: JSON.stringify({
        content: "Sí, nos quedan 40 sacos de cemento.",
        private: false,
        message_type: "outgoing",
        echo_id: randomUUID(),
      }),
    });

  await timedFetches([hubJob, hubJob, directJob, directJob], 1);
  const hub: number[] = [];
  const direct: number[] = [];
  let failed = 0;
  for (let r = 0; r < options.rounds; r++) {
    const sides = r % 2 === 0 ? ["hub", "direct"] : ["direct", "hub"];
    for (const side of sides) {
      const job = side === "hub" ? hubJob : directJob;
      // Each side gets at most this long per round, so an overloaded Hub cannot stall the whole bench.
      const timed = await timedFetches(
        Array.from({ length: options.perRound }, () => job),
        1,
        options.maxSecondsPerRound,
      );
      failed += timed.latencies.length - okCount(timed);
      (side === "hub" ? hub : direct).push(...timed.latencies);
    }
  }
  if (failed) note(`send: ${failed} sends did not answer 2xx`);
  if (hub.length === 0 || direct.length === 0) {
    note("send: no send completed on one side; figures left out");
    return;
  }
  const hubP50 = percentile(hub, 50);
  const directP50 = percentile(direct, 50);
  record("send.hub.p50", "Hub p50", round(hubP50), "ms");
  record("send.direct.p50", "direct p50", round(directP50), "ms");
  record("send.ratio.p50", "Hub/direct p50", round(hubP50 / directP50, 2), "x");
  record("send.hub.p99", "Hub p99", round(percentile(hub, 99)), "ms");
  record("send.direct.p99", "direct p99", round(percentile(direct, 99)), "ms");
  console.log(`  send: Hub p50 ${round(hubP50)} ms, direct p50 ${round(directP50)} ms (${hub.length} each)`);
}
