import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CW, rejection, startTestSandbox, type TestSandbox } from "../testing/sandbox";
import { createChatwootClient } from "./client";

let sb: TestSandbox;
const client = () =>
  createChatwootClient(
    { baseUrl: sb.chatwootUrl, accountId: CW.accountId, token: CW.token },
    { timeoutMs: 400, backoff: { baseMs: 10, maxMs: 40 } },
  );

beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe("Chatwoot under faults", () => {
  it.each([
    [{ mode: "delay", ms: 1_000 }, "upstream_timeout"],
    [{ mode: "hang" }, "upstream_timeout"],
    [{ mode: "status", status: 500 }, "upstream_unavailable"],
    [{ mode: "status", status: 502 }, "upstream_unavailable"],
    [{ mode: "status", status: 503 }, "upstream_unavailable"],
    [{ mode: "status", status: 429, retryAfter: 60 }, "upstream_rate_limited"],
    [{ mode: "malformed" }, "upstream_bad_response"],
    [{ mode: "reset" }, "upstream_unavailable"],
  ])("listLabels with %o → %s", async (fault, code) => {
    await sb.fault({ service: "chatwoot", route: "/labels", ...fault });
    const e = await rejection(client().listLabels());
    expect(e).toMatchObject({ code, service: "chatwoot" });
  });

  it("a GET is retried through transient faults", async () => {
    await sb.fault({ service: "chatwoot", route: "/labels", mode: "status", status: 502, times: 1 });
    await sb.fault({ service: "chatwoot", route: "/agents", mode: "reset", times: 2 });
    await expect(client().listLabels()).resolves.toHaveLength(6);
    await expect(client().listAgents()).resolves.toHaveLength(3);
    expect(await sb.control("GET", "/faults")).toEqual([]);
  });

  it("sendMessage is not retried under a 502: one attempt, no duplicate message", async () => {
    await sb.fault({ service: "chatwoot", route: "/messages", mode: "status", status: 502, times: 3 });
    const e = await rejection(client().sendMessage(2, { content: "¿Le sirve el martes?", echoId: "once" }));
    expect(e).toMatchObject({ code: "upstream_unavailable", upstreamStatus: 502 });
    const sent = await sb.control<unknown[]>("GET", "/sent?service=chatwoot");
    expect(sent.length).toBeLessThanOrEqual(1);
    // Exactly one of the three fault uses was consumed: the POST went out once.
    expect(await sb.control("GET", "/faults")).toMatchObject([{ times: 2 }]);
  });

  it("sendMessage is not retried after a reset either", async () => {
    await sb.fault({ service: "chatwoot", route: "/messages", mode: "reset", times: 2 });
    expect(await rejection(client().sendMessage(2, { content: "Hola", echoId: "r" }))).toMatchObject({
      code: "upstream_unavailable",
    });
    expect(await sb.control("GET", "/faults")).toMatchObject([{ times: 1 }]);
    expect(await sb.control<unknown[]>("GET", "/sent?service=chatwoot")).toEqual([]);
  });
});
