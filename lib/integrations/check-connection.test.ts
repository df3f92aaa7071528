import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkConnection } from "./check-connection";
import { CW, N8N, ODOO, startTestSandbox, type TestSandbox } from "./testing/sandbox";

let sb: TestSandbox;
let closedUrl: string;
const opts = { timeoutMs: 1_500, allowPrivate: true };

beforeAll(async () => {
  sb = await startTestSandbox();
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  closedUrl = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  await new Promise((r) => s.close(r));
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe("Chatwoot connection check", () => {
  const cw = (over: Partial<{ baseUrl: string; accountId: number; token: string }> = {}) =>
    checkConnection("chatwoot", { baseUrl: sb.chatwootUrl, accountId: CW.accountId, token: CW.token, ...over }, opts);

  it("passes with an administrator's token and says who it is", async () => {
    const r = await cw();
    expect(r).toEqual({
      ok: true,
      problems: [],
      warnings: [],
      info: { userName: "Camila Rojas", accountName: expect.any(String), role: "administrator" },
    });
  });

  it("warns that reports will not work with an agent's token", async () => {
    const r = await cw({ token: CW.agentToken });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["not_admin"]);
    expect(r.warnings[0].message).toContain("reportes");
    expect(r.info.role).toBe("agent");
  });

  it("names a wrong token, a wrong account id, a bad URL and an unreachable server", async () => {
    const wrongToken = await cw({ token: "nope" });
    expect(codes(wrongToken)).toEqual(["wrong_token"]);
    expect(wrongToken.ok).toBe(false);
    const wrongAccount = await cw({ accountId: 2 });
    expect(codes(wrongAccount)).toEqual(["wrong_account"]);
    expect(wrongAccount.problems[0].message).toContain("cuenta 2");
    expect(codes(await cw({ baseUrl: "ftp://chat.example.cl" }))).toEqual(["invalid_url"]);
    const down = await cw({ baseUrl: closedUrl });
    expect(codes(down)).toEqual(["unreachable"]);
    expect(down.problems[0].message).toContain("No se pudo conectar con Chatwoot");
    expect(codes(await cw({ baseUrl: sb.n8nUrl }))).toEqual(["not_the_service"]);
  });

  it("refuses a loopback URL when private addresses are not allowed", async () => {
    const r = await checkConnection(
      "chatwoot",
      { baseUrl: sb.chatwootUrl, accountId: 1, token: CW.token },
      { allowPrivate: false },
    );
    expect(codes(r)).toEqual(["invalid_url"]);
  });

  it("reports a timeout", async () => {
    await sb.fault({ service: "chatwoot", mode: "hang" });
    const r = await checkConnection(
      "chatwoot",
      { baseUrl: sb.chatwootUrl, accountId: 1, token: CW.token },
      { ...opts, timeoutMs: 300 },
    );
    expect(codes(r)).toEqual(["timeout"]);
  });
});

describe.each([17, 18, 19] as const)("Odoo %i connection check", (v) => {
  beforeEach(() => sb.setOdooVersion(v));
  const odoo = (over: Partial<typeof ODOO & { baseUrl: string }> = {}) =>
    checkConnection("odoo", { baseUrl: sb.odooUrl, ...ODOO, ...over }, opts);

  it("passes and tells the version, transport and uid", async () => {
    expect(await odoo()).toEqual({
      ok: true,
      problems: [],
      warnings: [],
      info: { serverVersion: `${v}.0`, major: v, transport: v >= 19 ? "json2" : "jsonrpc", uid: 2 },
    });
  });

  it("names an unknown database", async () => {
    const r = await odoo({ database: "produccion" });
    expect(codes(r)).toEqual(["unknown_database"]);
    expect(r.problems[0].message).toContain("«produccion»");
  });

  it("names a rejected key (and on 19 tells it apart from a wrong login)", async () => {
    expect(codes(await odoo({ apiKey: "revocada" }))).toEqual([v >= 19 ? "key_rejected" : "bad_credentials"]);
    expect(codes(await odoo({ login: "otro" }))).toEqual([v >= 19 ? "wrong_login" : "bad_credentials"]);
  });
});

describe("Odoo connection check, reachability", () => {
  it("says unreachable for a closed port and not Odoo for another service", async () => {
    expect(codes(await checkConnection("odoo", { baseUrl: closedUrl, ...ODOO }, opts))).toEqual(["unreachable"]);
    expect(codes(await checkConnection("odoo", { baseUrl: sb.n8nUrl, ...ODOO }, opts))).toEqual(["not_the_service"]);
  });
});

describe("n8n connection check", () => {
  const n8n = (over: Partial<{ baseUrl: string; apiKey: string }> = {}) =>
    checkConnection("n8n", { baseUrl: sb.n8nUrl, apiKey: N8N.apiKey, ...over }, opts);

  it("passes and counts the workflows", async () => {
    expect(await n8n()).toEqual({ ok: true, problems: [], warnings: [], info: { workflowCount: 8 } });
  });

  it("names a wrong key and an unreachable server", async () => {
    expect(codes(await n8n({ apiKey: "nope" }))).toEqual(["wrong_key"]);
    expect(codes(await n8n({ baseUrl: closedUrl }))).toEqual(["unreachable"]);
  });

  it("names each missing scope", async () => {
    // The sandbox has no scoped keys: a proxy answers 403 as n8n ≥ 2.14 does for two of the scopes.
    const refused = ["/api/v1/executions", "/api/v1/tags"];
    const proxy = createServer(async (req, res) => {
      const path = (req.url ?? "").split("?")[0];
      if (refused.includes(path))
        return res.writeHead(403, { "content-type": "application/json" }).end('{"message":"Forbidden"}');
      const upstream = await fetch(`${sb.n8nUrl}${req.url}`, {
        headers: { "x-n8n-api-key": String(req.headers["x-n8n-api-key"]) },
      });
      res.writeHead(upstream.status, { "content-type": "application/json" }).end(await upstream.text());
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    try {
      const r = await n8n({ baseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
      expect(codes(r)).toEqual(["missing_scope"]);
      expect(r.problems[0].message).toContain("«execution:list», «tag:list»");
      expect(r.problems[0].message).not.toContain("workflow:list");
      expect(r.info.missingScopes).toEqual(["execution:list", "tag:list"]);
    } finally {
      await new Promise((r) => proxy.close(r));
    }
  });
});
