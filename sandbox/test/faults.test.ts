import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../server";
import { CW_TOKEN, control, N8N_KEY, request, start } from "./helpers";

let sb: Sandbox;
const profile = () => request(sb.url, "GET", "/chatwoot/api/v1/profile", { headers: { api_access_token: CW_TOKEN } });
const setFault = (fault: Record<string, unknown>) => control(sb)("PUT", "/faults", fault);

beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());
beforeEach(async () => {
  await control(sb)("DELETE", "/faults");
});

describe("fault modes", () => {
  it("delay holds the answer for about the given time", async () => {
    expect((await setFault({ service: "chatwoot", mode: "delay", ms: 400 })).status).toBe(200);
    const t0 = Date.now();
    const res = await profile();
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
  });

  it.each([500, 502, 503])("status %i", async (status) => {
    await setFault({ service: "chatwoot", mode: "status", status });
    expect((await profile()).status).toBe(status);
  });

  it("429 carries Retry-After", async () => {
    await setFault({ service: "n8n", mode: "status", status: 429, retryAfter: 7 });
    const res = await request(sb.url, "GET", "/n8n/api/v1/workflows", { headers: { "X-N8N-API-KEY": N8N_KEY } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
  });

  it("malformed answers 200 with a body that is not JSON", async () => {
    await setFault({ service: "chatwoot", mode: "malformed" });
    const res = await profile();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it("reset drops the connection", async () => {
    await setFault({ service: "odoo", mode: "reset" });
    await expect(request(sb.url, "GET", "/odoo/web/version")).rejects.toThrow();
  });

  it("hang never answers, so the client's timeout fires", async () => {
    await setFault({ service: "odoo", mode: "hang" });
    const t0 = Date.now();
    await expect(request(sb.url, "GET", "/odoo/web/version", { timeoutMs: 300 })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  it("route narrows a fault to matching paths of one service; control API is never affected", async () => {
    await setFault({ service: "chatwoot", route: "/conversations$", mode: "status", status: 503 });
    const list = await request(sb.url, "GET", "/chatwoot/api/v1/accounts/1/conversations", {
      headers: { api_access_token: CW_TOKEN },
    });
    expect(list.status).toBe(503);
    expect((await profile()).status).toBe(200);
    expect((await request(sb.url, "GET", "/n8n/api/v1/tags", { headers: { "X-N8N-API-KEY": N8N_KEY } })).status).toBe(
      200,
    );
    expect((await control(sb)("GET", "/faults")).status).toBe(200);
  });

  it("times limits how often a fault applies; DELETE clears; reset clears too", async () => {
    await setFault({ service: "chatwoot", mode: "status", status: 500, times: 1 });
    expect((await profile()).status).toBe(500);
    expect((await profile()).status).toBe(200);
    await setFault({ service: "chatwoot", mode: "status", status: 502 });
    await control(sb)("DELETE", "/faults");
    expect((await profile()).status).toBe(200);
    await setFault({ service: "chatwoot", mode: "status", status: 502 });
    await control(sb)("POST", "/reset");
    expect((await profile()).status).toBe(200);
  });

  it("rejects invalid faults", async () => {
    expect((await setFault({ service: "chatwoot", mode: "explode" })).status).toBe(400);
    expect((await setFault({ service: "chatwoot", mode: "status", status: 418 })).status).toBe(400);
    expect((await setFault({ service: "mail", mode: "hang" })).status).toBe(400);
    expect((await setFault({ service: "odoo", mode: "delay" })).status).toBe(400);
  });
});
