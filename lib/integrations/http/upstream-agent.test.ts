// The upstream address is checked at every connection, not only when an integration is saved: the pool
// resolves the name, checks every address and connects to the one it checked. A real HTTP server on
// 127.0.0.1 counts connections, so "refused" means no byte reached it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { assertAllowedBaseUrl, type Resolver } from "../base-url";
import { rejection } from "../testing/sandbox";
import { UpstreamError } from "../upstream-error";
import { upstreamRequest } from "./request";
import { createUpstreamAgent, type UpstreamAgent } from "./upstream-agent";

let server: Server;
let port: number;
let connections = 0;
let requests = 0;
const agents: UpstreamAgent[] = [];

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { "content-type": "application/json" }).end('{"id":1,"name":"Camila Rojas"}');
  });
  server.on("connection", () => connections++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await Promise.all(agents.map((a) => a.close()));
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  connections = 0;
  requests = 0;
});

/** A DNS that answers from a table and counts its lookups; unknown names fail as getaddrinfo does. */
function fakeDns(answers: Record<string, string[] | (() => string[])>) {
  const dns = {
    lookups: 0,
    resolve: (async (host) => {
      dns.lookups++;
      const answer = answers[host];
      if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return typeof answer === "function" ? answer() : answer;
    }) as Resolver,
  };
  return dns;
}

function agent(allowPrivate: boolean, resolve: Resolver): UpstreamAgent {
  const a = createUpstreamAgent({ allowPrivate, resolve });
  agents.push(a);
  return a;
}

const profile = (baseUrl: string, dispatcher: UpstreamAgent) =>
  upstreamRequest({
    service: "chatwoot",
    operation: "profile",
    url: `${baseUrl}/api/v1/profile`,
    method: "GET",
    headers: { api_access_token: "token" },
    timeoutMs: 2_000,
    backoff: { baseMs: 1, maxMs: 5 },
    dispatcher,
  });

describe("the upstream pool checks the address at every connection", () => {
  it("an integration saved while private upstreams were allowed is refused once they are not, before any byte is sent", async () => {
    const dns = fakeDns({ "chatwoot.roble.test": ["127.0.0.1"] });
    const baseUrl = `http://chatwoot.roble.test:${port}`;
    // Saved on a self-hosted install (or before ALLOW_PRIVATE_UPSTREAMS was turned off).
    await expect(assertAllowedBaseUrl(baseUrl, { allowPrivate: true, resolve: dns.resolve })).resolves.toBe(baseUrl);
    // While allowed, the pool connects to the address it resolved.
    await expect(profile(baseUrl, agent(true, dns.resolve))).resolves.toMatchObject({ name: "Camila Rojas" });
    expect(connections).toBe(1);

    connections = 0;
    requests = 0;
    const e = await rejection(profile(baseUrl, agent(false, dns.resolve)));
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e).toMatchObject({ code: "upstream_address_blocked", service: "chatwoot", status: 502 });
    expect((e as UpstreamError).message).toContain("red interna o privada");
    expect(connections).toBe(0);
    expect(requests).toBe(0);
  });

  it("refuses an IP literal saved earlier at 127.0.0.1, and does not retry the refusal", async () => {
    const dns = fakeDns({});
    const e = await rejection(profile(`http://127.0.0.1:${port}`, agent(false, dns.resolve)));
    expect(e).toMatchObject({ code: "upstream_address_blocked" });
    expect(connections).toBe(0);
  });

  it("re-resolves the name at connection time: public when saved, loopback when called (DNS rebinding)", async () => {
    let answer = ["200.1.123.10"];
    const dns = fakeDns({ "odoo.roble.test": () => answer });
    const baseUrl = `http://odoo.roble.test:${port}`;
    await expect(assertAllowedBaseUrl(baseUrl, { allowPrivate: false, resolve: dns.resolve })).resolves.toBe(baseUrl);
    answer = ["127.0.0.1"];
    const e = await rejection(profile(baseUrl, agent(false, dns.resolve)));
    expect(e).toMatchObject({ code: "upstream_address_blocked" });
    // One lookup for the save, one for the single connection attempt: a GET's retries do not retry this.
    expect(dns.lookups).toBe(2);
    expect(connections).toBe(0);
  });

  it("refuses a name with any private answer among public ones, and the IPv6 forms that embed loopback", async () => {
    const dns = fakeDns({
      "mixed.roble.test": ["200.1.123.10", "127.0.0.1"],
      "nat64.roble.test": ["64:ff9b::7f00:1"],
      "compat.roble.test": ["::7f00:1"],
    });
    for (const host of ["mixed.roble.test", "nat64.roble.test", "compat.roble.test"]) {
      const e = await rejection(profile(`http://${host}:${port}`, agent(false, dns.resolve)));
      expect(e, host).toMatchObject({ code: "upstream_address_blocked" });
    }
    expect(connections).toBe(0);
  });

  it("a name that does not resolve is upstream_unavailable, as a refused connection is", async () => {
    const e = await rejection(profile(`http://nowhere.roble.test:${port}`, agent(false, fakeDns({}).resolve)));
    expect(e).toMatchObject({ code: "upstream_unavailable", details: { upstreamMessage: "ENOTFOUND" } });
  });
});

describe("the upstream pool keeps nothing of a tenant that called once", () => {
  it("holds a thousand tenants' origins while they are busy, and none of them or their sockets once idle", async () => {
    // A thousand shops, each with its own Chatwoot origin (all answered by the one local server).
    const hosts = Array.from({ length: 1_000 }, (_, i) => `tenant-${i}.roble.test`);
    const dns = fakeDns(Object.fromEntries(hosts.map((h) => [h, ["127.0.0.1"]])));
    const pool = createUpstreamAgent({ allowPrivate: true, resolve: dns.resolve, keepAliveMs: 300 });
    agents.push(pool);
    let open = 0;
    const counting = (socket: import("node:net").Socket) => {
      open++;
      socket.once("close", () => open--);
    };
    server.on("connection", counting);
    try {
      for (let i = 0; i < hosts.length; i += 50) {
        await Promise.all(hosts.slice(i, i + 50).map((h) => profile(`http://${h}:${port}`, pool)));
      }
      expect(requests).toBe(1_000);
      expect(Object.keys(pool.stats).length).toBeGreaterThan(0);
      // Idle sockets close after keepAliveMs, and each origin's pool goes with its last socket.
      const deadline = Date.now() + 10_000;
      while ((open > 0 || Object.keys(pool.stats).length > 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(open).toBe(0);
      expect(pool.stats).toEqual({});
    } finally {
      server.off("connection", counting);
    }
  });

  it("past its origin bound, a call to one more origin fails at once as unavailable, without retries", async () => {
    const dns = fakeDns({ "uno.roble.test": ["127.0.0.1"], "dos.roble.test": ["127.0.0.1"] });
    const pool = createUpstreamAgent({ allowPrivate: true, resolve: dns.resolve, maxOrigins: 1 });
    agents.push(pool);
    await profile(`http://uno.roble.test:${port}`, pool);
    requests = 0;
    const warn = vi.spyOn(log, "warn");
    const e = await rejection(profile(`http://dos.roble.test:${port}`, pool));
    expect(warn).toHaveBeenCalledWith("upstream call failed", expect.objectContaining({ attempts: 1 }));
    warn.mockRestore();
    expect(e).toMatchObject({
      code: "upstream_unavailable",
      details: { upstreamMessage: "UND_ERR_MAX_ORIGINS_REACHED" },
    });
    expect(requests).toBe(0);
    expect(dns.lookups).toBe(1);
  });
});
