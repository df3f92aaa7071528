import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { templateKey } from "@/sandbox/routes";
import { chatwootRoutes } from "./chatwoot/routes";
import type { RouteTemplate } from "./http/route";
import { N8N_API_PREFIX, n8nRoutes, n8nWebhookRoute } from "./n8n/routes";
import { odooRoutes } from "./odoo/routes";

// Every request the adapters can make must be an operation of the official spec or, where the spec is
// silent, written in the contract's NOTES.md. The route lists are the ones the clients build URLs from.
const contracts = resolve(process.env.CONTRACTS_DIR ?? join(process.cwd(), "../shared/contracts"));
const read = (...p: string[]) => readFileSync(join(contracts, ...p), "utf8");

type Spec = { paths: Record<string, Record<string, unknown>> };

/** "{method} {templateKey}" for every operation of an OpenAPI document. */
function operations(spec: Spec, prefix = ""): Set<string> {
  const out = new Set<string>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of Object.keys(item)) {
      if (["get", "post", "put", "patch", "delete"].includes(method))
        out.add(`${method.toUpperCase()} ${templateKey(prefix + path)}`);
    }
  }
  return out;
}

/** NOTES.md writes paths with `{x}`, `<x>` or `...` for a shared prefix; compare by their tails. */
function notesMention(notes: string, route: RouteTemplate, fragment: string): boolean {
  const normalized = templateKey(fragment.replace(/<([^>]+)>/g, "{$1}"));
  return notes.includes(fragment) && templateKey(route.path).endsWith(normalized);
}

const key = (r: RouteTemplate) => `${r.method} ${templateKey(r.path)}`;

describe("adapter routes are in the contracts", () => {
  it("Chatwoot: every route is a swagger.json operation, or in NOTES.md", () => {
    const spec = operations(JSON.parse(read("chatwoot", "swagger.json")) as Spec);
    const notes = read("chatwoot", "NOTES.md");
    const notesOnly: Partial<Record<keyof typeof chatwootRoutes, string>> = {
      retryMessage: "/messages/{mid}/retry",
    };
    // swagger.json documents update_last_seen only on the public (contact-side) API; the agent-side one
    // under /api/v1/accounts is Chatwoot's SeenStatusConcern (conversations_controller) at the same tag.
    // The spec must still hold the operation of that name and verb on a conversation.
    const codeOnly: Partial<Record<keyof typeof chatwootRoutes, string>> = {
      markRead: "POST /conversations/{}/update_last_seen",
    };
    for (const [name, route] of Object.entries(chatwootRoutes) as [keyof typeof chatwootRoutes, RouteTemplate][]) {
      const fragment = notesOnly[name];
      const sibling = codeOnly[name];
      if (sibling) {
        const [method, tail] = sibling.split(" ");
        expect(key(route).endsWith(tail) && key(route).startsWith(method), name).toBe(true);
        expect(
          [...spec].some((op) => op.startsWith(`${method} `) && op.endsWith(tail)),
          `${name}'s sibling`,
        ).toBe(true);
      } else if (fragment) expect(notesMention(notes, route, fragment), `${name} in NOTES.md`).toBe(true);
      else expect(spec.has(key(route)), `${name}: ${key(route)} in swagger.json`).toBe(true);
    }
  });

  it("n8n: every API route is an openapi.yml operation under /api/v1; webhooks are in NOTES.md", () => {
    const spec = operations(parse(read("n8n", "openapi.yml")) as Spec, N8N_API_PREFIX);
    for (const [name, route] of Object.entries(n8nRoutes)) {
      expect(route.path.startsWith(`${N8N_API_PREFIX}/`), name).toBe(true);
      expect(spec.has(key(route)), `${name}: ${key(route)} in openapi.yml`).toBe(true);
    }
    const notes = read("n8n", "NOTES.md");
    expect(notesMention(notes, { method: "POST", path: n8nWebhookRoute.path }, "/webhook/<path>")).toBe(true);
  });

  it("Odoo: every route is written in NOTES.md", () => {
    const notes = read("odoo", "NOTES.md");
    const fragments: Record<keyof typeof odooRoutes, string> = {
      version: "GET /web/version",
      jsonrpc: "POST /jsonrpc",
      json2: "POST /json/2/<model>/<method>",
    };
    for (const [name, route] of Object.entries(odooRoutes) as [keyof typeof odooRoutes, RouteTemplate][]) {
      const [method, path] = fragments[name].split(" ");
      expect(method, name).toBe(route.method);
      expect(notesMention(notes, route, path), `${name} in NOTES.md`).toBe(true);
    }
  });

  it("the check is not vacuous: a made-up route is refused", () => {
    const spec = operations(JSON.parse(read("chatwoot", "swagger.json")) as Spec);
    expect(spec.has("GET /api/v1/accounts/{}/conversations/{}/everything")).toBe(false);
    expect(spec.has("DELETE /api/v1/accounts/{}/conversations")).toBe(false);
  });
});
