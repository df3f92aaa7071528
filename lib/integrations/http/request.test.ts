import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { z } from "@/lib/validation";
import { CW, rejection, startTestSandbox, type TestSandbox } from "../testing/sandbox";
import { UpstreamError } from "../upstream-error";
import { upstreamRequest } from "./request";
import { backoffDelay, parseRetryAfter } from "./retry";

let sb: TestSandbox;
let local: Server;
let localUrl: string;
let hits = 0;

beforeAll(async () => {
  sb = await startTestSandbox();
  // A tiny server for what the sandbox does not do: redirects and oversized bodies.
  local = createServer((req, res) => {
    hits++;
    if (req.url === "/redirect-same") return res.writeHead(302, { location: "/ok" }).end();
    if (req.url === "/redirect-other") return res.writeHead(302, { location: "http://example.invalid/ok" }).end();
    if (req.url === "/redirect-loop") return res.writeHead(302, { location: "/redirect-loop" }).end();
    if (req.url === "/missing") return res.writeHead(404, { "content-type": "application/json" }).end('{"error":"no"}');
    if (req.url === "/big") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"x":"${"a".repeat(20_000)}"}`);
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, extra: 1 }));
  });
  await new Promise<void>((r) => local.listen(0, "127.0.0.1", r));
  localUrl = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sb.close();
  await new Promise((r) => local.close(r));
});
beforeEach(async () => {
  await sb.clearFaults();
  hits = 0;
});

const profile = (over: Partial<Parameters<typeof upstreamRequest>[0]> = {}) =>
  upstreamRequest({
    service: "chatwoot",
    operation: "profile",
    url: `${sb.chatwootUrl}/api/v1/profile`,
    method: "GET",
    headers: { api_access_token: CW.token },
    schema: z.looseObject({ id: z.number(), name: z.string() }),
    timeoutMs: 1_000,
    backoff: { baseMs: 10, maxMs: 50 },
    ...over,
  });

const remainingFaults = () => sb.control<{ times?: number }[]>("GET", "/faults");

describe("upstreamRequest", () => {
  it("parses a response tolerantly and keeps unknown fields out of the way", async () => {
    const data = (await profile()) as { id: number; name: string };
    expect(data.name).toBe("Camila Rojas");
  });

  it("retries a GET after 5xx and succeeds once the fault clears", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 503, times: 2 });
    await expect(profile()).resolves.toMatchObject({ name: "Camila Rojas" });
    expect(await remainingFaults()).toEqual([]);
  });

  it("stops after 1 + retries attempts and reports the status", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 502, times: 10 });
    const e = await rejection(profile({ retries: 2 }));
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e).toMatchObject({ code: "upstream_unavailable", upstreamStatus: 502, service: "chatwoot" });
    expect((e as UpstreamError).message).toBe("Chatwoot no está disponible (error 502). Inténtalo más tarde.");
    // Three attempts consumed three uses of the fault.
    expect((await remainingFaults())[0].times).toBe(7);
  });

  it("retries a GET after a connection reset", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "reset", times: 1 });
    await expect(profile()).resolves.toMatchObject({ name: "Camila Rojas" });
  });

  it("never retries a write, even when retries are asked for", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 503, times: 5 });
    const e = await rejection(profile({ method: "POST", retries: 3 }));
    expect(e).toMatchObject({ code: "upstream_unavailable" });
    expect((await remainingFaults())[0].times).toBe(4);
  });

  it("retries an idempotent POST", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 500, times: 5 });
    await rejection(profile({ method: "POST", idempotent: true, retries: 1 }));
    expect((await remainingFaults())[0].times).toBe(3);
  });

  it("waits for a short Retry-After, then succeeds", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 429, retryAfter: 1, times: 1 });
    const t0 = Date.now();
    await expect(profile()).resolves.toMatchObject({ name: "Camila Rojas" });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it("surfaces a long Retry-After at once as upstream_rate_limited", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 429, retryAfter: 30 });
    const e = await rejection(profile());
    expect(e).toMatchObject({ code: "upstream_rate_limited", details: { service: "chatwoot", retryAfter: 30 } });
    expect((await remainingFaults())[0].times).toBeUndefined();
  });

  it("times out on a hang and on a delay beyond the deadline", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "hang" });
    const t0 = Date.now();
    expect(await rejection(profile({ timeoutMs: 300 }))).toMatchObject({ code: "upstream_timeout" });
    expect(Date.now() - t0).toBeLessThan(3_000);
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "delay", ms: 800 });
    expect(await rejection(profile({ timeoutMs: 300 }))).toMatchObject({ code: "upstream_timeout" });
  });

  it("maps malformed JSON and a wrong shape to upstream_bad_response", async () => {
    await sb.fault({ service: "chatwoot", route: "/profile", mode: "malformed", times: 1 });
    expect(await rejection(profile())).toMatchObject({ code: "upstream_bad_response" });
    const e = await rejection(profile({ schema: z.looseObject({ id: z.string() }) }));
    expect(e).toMatchObject({ code: "upstream_bad_response" });
  });

  it("maps 401 and 404 without retrying", async () => {
    const e = await rejection(profile({ headers: { api_access_token: "wrong" } }));
    expect(e).toMatchObject({ code: "upstream_unauthorized", upstreamStatus: 401 });
    expect((e as UpstreamError).message).toContain("Revisa el token");
    const nf = await rejection(profile({ url: `${sb.chatwootUrl}/api/v1/accounts/2/agents` }));
    expect(nf).toMatchObject({ code: "upstream_not_found", upstreamStatus: 404 });
  });

  it("maps a refused connection to upstream_unavailable", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const e = await rejection(profile({ url: `http://127.0.0.1:${port}/api/v1/profile`, retries: 0 }));
    expect(e).toMatchObject({ code: "upstream_unavailable" });
    expect((e as UpstreamError).message).toContain("No se pudo conectar con Chatwoot");
  });

  it("follows a same-origin redirect but not one to another host, nor a loop", async () => {
    const get = (path: string) =>
      upstreamRequest({ service: "n8n", operation: "t", url: `${localUrl}${path}`, method: "GET", timeoutMs: 1_000 });
    await expect(get("/redirect-same")).resolves.toEqual({ ok: true, extra: 1 });
    expect(await rejection(get("/redirect-other"))).toMatchObject({ code: "upstream_bad_response" });
    hits = 0;
    expect(await rejection(get("/redirect-loop"))).toMatchObject({ code: "upstream_bad_response" });
    expect(hits).toBe(4);
  });

  it("keeps one connection per origin alive: sequential calls, an error answer and a redirect reuse one socket", async () => {
    // Its own server, so the count starts from a pool that has never reached it.
    let connections = 0;
    const server = createServer((req, res) => {
      if (req.url === "/missing") return res.writeHead(404, { "content-type": "application/json" }).end('{"e":1}');
      if (req.url === "/moved") return res.writeHead(302, { location: "/ok", "content-length": "5" }).end("moved");
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
    server.on("connection", () => connections++);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = (path: string) =>
      upstreamRequest({ service: "n8n", operation: "t", url: `${origin}${path}`, method: "GET", retries: 0 });
    try {
      // Eight calls, four of them answered with a redirect whose body the Hub drops: the pool keeps
      // reusing its socket (it may open a second while the first is being released, never more).
      await expect(get("/ok")).resolves.toEqual({ ok: true });
      await expect(get("/ok")).resolves.toEqual({ ok: true });
      expect(await rejection(get("/missing"))).toMatchObject({ code: "upstream_not_found" });
      for (let i = 0; i < 4; i++) await expect(get("/moved")).resolves.toEqual({ ok: true });
      await expect(get("/ok")).resolves.toEqual({ ok: true });
      expect(connections).toBeLessThanOrEqual(2);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("refuses a body over the size cap", async () => {
    const e = await rejection(
      upstreamRequest({ service: "odoo", operation: "t", url: `${localUrl}/big`, method: "GET", maxBytes: 10_000 }),
    );
    expect(e).toMatchObject({ code: "upstream_bad_response", service: "odoo" });
  });
});

describe("logging", () => {
  it("logs each call once with service, operation, tenant, status, latency and attempts, never a secret", async () => {
    const info = vi.spyOn(log, "info");
    const warn = vi.spyOn(log, "warn");
    try {
      await sb.fault({ service: "chatwoot", route: "/profile", mode: "status", status: 503, times: 1 });
      await profile({ tenantId: "tenant-1", url: `${sb.chatwootUrl}/api/v1/profile?api_key=secret-in-query` });
      await rejection(profile({ headers: { api_access_token: "wrong-secret" } }));
      expect(info).toHaveBeenCalledTimes(1);
      expect(info.mock.calls[0][1]).toMatchObject({
        service: "chatwoot",
        operation: "profile",
        tenantId: "tenant-1",
        method: "GET",
        status: 200,
        attempts: 2,
        ms: expect.any(Number),
      });
      expect(warn.mock.calls[0][1]).toMatchObject({ status: 401, code: "upstream_unauthorized", attempts: 1 });
      const logged = JSON.stringify([...info.mock.calls, ...warn.mock.calls]);
      for (const secret of [CW.token, "secret-in-query", "wrong-secret", "/api/v1/profile"])
        expect(logged).not.toContain(secret);
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });
});

describe("retry arithmetic", () => {
  it("doubles with jitter inside [exp/2, exp] and respects the ceiling", () => {
    expect(backoffDelay(1, { baseMs: 100, maxMs: 1000, random: () => 0 })).toBe(50);
    expect(backoffDelay(3, { baseMs: 100, maxMs: 1000, random: () => 1 })).toBe(400);
    expect(backoffDelay(10, { baseMs: 100, maxMs: 1000, random: () => 1 })).toBe(1000);
  });
  it("reads Retry-After in seconds or as a date", () => {
    expect(parseRetryAfter("7")).toBe(7);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10);
  });
});
