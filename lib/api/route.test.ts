import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation";
import { apiRoute } from "./route";

// The wrapper's own checks, on public routes (no session needed): cross-site writes, the JSON
// Content-Type and unsafe text are refused before any handler runs, each in the one error shape.

const host = "hub.test:3400";
const own = `http://${host}`;
let calls = 0;
const route = apiRoute(
  { auth: "public", query: z.object({ q: z.string().optional() }), body: z.object({ name: z.string() }).passthrough() },
  ({ body }) => {
    calls++;
    return { saved: body };
  },
);
const bodyless = apiRoute({ auth: "public" }, () => {
  calls++;
  return new Response(null, { status: 204 });
});

type Send = { method?: string; headers?: Record<string, string>; body?: string; path?: string; params?: object };
async function send(
  handler: typeof route,
  { method = "POST", headers = {}, body, path = "/api/x", params = {} }: Send,
) {
  const before = calls;
  const req = new NextRequest(`${own}${path}`, {
    method,
    headers: { host, "content-type": "application/json", ...headers },
    body: method === "GET" ? undefined : (body ?? JSON.stringify({ name: "Ferretería El Roble" })),
  });
  const res = await handler(req, { params: Promise.resolve(params as Record<string, string>) });
  return { status: res.status, json: res.status === 204 ? null : await res.json(), ran: calls > before };
}

describe("apiRoute refuses cross-site writes on public routes too", () => {
  it("a write from the Hub's own origin passes, and so does a caller that sends no Origin (not a browser)", async () => {
    expect(await send(route, { headers: { origin: own, "sec-fetch-site": "same-origin" } })).toMatchObject({
      status: 200,
      ran: true,
    });
    expect(await send(route, {})).toMatchObject({ status: 200, ran: true });
  });

  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["a sibling port", { origin: "http://hub.test:3401" }],
    ["the browser's cross-site fetch metadata alone", { "sec-fetch-site": "cross-site" }],
    ["a same-site subdomain", { origin: own, "sec-fetch-site": "same-site" }],
  ])("refuses a POST from %s with 403", async (_, headers) => {
    const res = await send(route, { headers });
    expect(res).toMatchObject({ status: 403, ran: false, json: { error: { code: "forbidden" } } });
  });

  it("refuses a cross-site POST to a route without a body (sign-out's shape) with 403", async () => {
    const res = await send(bodyless, { headers: { origin: "https://evil.example" }, body: "" });
    expect(res).toMatchObject({ status: 403, ran: false });
  });

  it.each([
    "null",
    "http://hub.test:3400.evil.example",
    "http://hub.test:3400/",
    "http://user@hub.test:3400",
    "javascript:alert(1)",
    "hub.test:3400",
    "",
  ])("answers a malformed Origin %j with 403, not a 500", async (origin) => {
    const res = await send(route, { headers: { origin } });
    expect(res).toMatchObject({ status: 403, ran: false, json: { error: { code: "forbidden" } } });
  });

  it("lets cross-site reads through (they change nothing)", async () => {
    const res = await send(bodyless, { method: "GET", headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(204);
  });
});

describe("apiRoute reads a body as JSON only when it says it is JSON", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json"])(
    "refuses Content-Type %s with 415",
    async (type) => {
      const res = await send(route, { headers: { "content-type": type } });
      expect(res).toMatchObject({ status: 415, ran: false, json: { error: { code: "unsupported_media_type" } } });
    },
  );

  it("refuses a body without a Content-Type with 415", async () => {
    const req = new NextRequest(`${own}/api/x`, { method: "POST", headers: { host }, body: '{"name":"a"}' });
    req.headers.delete("content-type");
    const res = await route(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(415);
  });

  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON", "application/merge-patch+json"])(
    "accepts %s",
    async (type) => {
      expect((await send(route, { headers: { "content-type": type } })).status).toBe(200);
    },
  );
});

describe("apiRoute refuses NUL and lone surrogates in every input, naming the field", () => {
  const fieldOf = (json: unknown) =>
    Object.keys((json as { error: { details: { fieldErrors: object } } }).error.details.fieldErrors);

  it.each([
    ["a NUL in a field", JSON.stringify({ name: "Ferre\u0000tería" }), "name"],
    ["a NUL written as an escape", '{"name":"a\\u0000b"}', "name"],
    ["a lone high surrogate", '{"name":"a\\ud800b"}', "name"],
    ["a lone low surrogate", '{"name":"\\udc00"}', "name"],
    ["a NUL deep in a nested field", '{"name":"a","items":[{"note":"x"},{"note":"\\u0000"}]}', "items.1.note"],
    ["a NUL in a key", '{"name":"a","extra":{"k\\u0000":1}}', "extra.k\\u0000"],
  ])("%s gives 400", async (_, body, field) => {
    const res = await send(route, { body });
    expect(res).toMatchObject({ status: 400, ran: false, json: { error: { code: "validation_error" } } });
    expect(fieldOf(res.json)).toEqual([field]);
    expect(JSON.stringify(res.json)).not.toContain("\\u0000b");
  });

  it("a NUL or lone surrogate in the query string or a path parameter gives 400", async () => {
    for (const path of ["/api/x?q=a%00b", "/api/x?q=ok&q=b%00", "/api/x?q=%00"]) {
      const res = await send(route, { path });
      expect(res.status, path).toBe(400);
    }
    expect(fieldOf((await send(route, { path: "/api/x?q=a%00b" })).json)).toEqual(["q"]);
    const res = await send(route, { params: { contactId: "abc\u0000" } });
    expect(res).toMatchObject({ status: 400, ran: false });
    expect(fieldOf(res.json)).toEqual(["contactId"]);
  });

  it("keeps every other character: accents, emoji (a whole surrogate pair), RTL marks", async () => {
    const name = "Ñuñoa 😀 \u202e ferretería";
    const res = await send(route, { body: JSON.stringify({ name }) });
    expect(res).toMatchObject({ status: 200, json: { saved: { name } } });
  });
});
