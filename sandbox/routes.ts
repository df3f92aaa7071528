import { chatwootRouter } from "./chatwoot/index";
import { n8nRouter } from "./n8n/index";
import { odooRouter } from "./odoo/index";
import type { ServiceName } from "./state";

export interface RouteEntry {
  service: ServiceName;
  method: string;
  /** Path inside the service prefix, with `{param}` placeholders (e.g. `/api/v1/profile`). */
  path: string;
  /** Path as the service's OpenAPI spec writes it (n8n's spec is relative to its `/api/v1` server). */
  specPath: string;
  /** Where the contract for this route lives: the OpenAPI file, or only NOTES.md. */
  documentedIn: "openapi" | "notes";
}

/** Routes the contracts describe only in NOTES.md (Chatwoot's retry, n8n's webhooks, all of Odoo). */
const NOTES_ONLY = new Set([
  "chatwoot POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}/retry",
  // Chatwoot's code (SeenStatusConcern), not the spec: see sandbox/chatwoot/conversations.ts.
  "chatwoot POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/update_last_seen",
]);

function entries(service: ServiceName, routes: { method: string; path: string }[], specBase = ""): RouteEntry[] {
  return routes.map((r) => ({
    service,
    method: r.method,
    path: r.path,
    specPath: specBase && r.path.startsWith(specBase) ? r.path.slice(specBase.length) : r.path,
    documentedIn: service === "odoo" || NOTES_ONLY.has(`${service} ${r.method} ${r.path}`) ? "notes" : "openapi",
  }));
}

/**
 * Every route the sandbox serves. The contract tests check each `openapi` entry against the spec, and
 * the Integrations adapters can run the same check on the paths they call.
 */
export const routeTable: RouteEntry[] = [
  ...entries("chatwoot", chatwootRouter.routes),
  ...entries("n8n", n8nRouter.routes, "/api/v1"),
  { service: "n8n", method: "*", path: "/webhook/{path}", specPath: "/webhook/{path}", documentedIn: "notes" },
  ...entries("odoo", odooRouter.routes),
];

/** `{id}` and `{conversation_id}` name the same slot: compare templates without parameter names. */
export function templateKey(path: string): string {
  return path.replace(/\{[^}]+\}/g, "{}").replace(/\/$/, "");
}
