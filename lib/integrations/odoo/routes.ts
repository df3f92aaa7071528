import type { RouteTemplate } from "../http/route";

/** Odoo's external API endpoints (contracts/odoo/NOTES.md; Odoo publishes no OpenAPI). */
export const odooRoutes = {
  version: { method: "GET", path: "/web/version" },
  jsonrpc: { method: "POST", path: "/jsonrpc" },
  json2: { method: "POST", path: "/json/2/{model}/{method}" },
} as const satisfies Record<string, RouteTemplate>;

/** Methods that only read: safe to retry. Anything else (create, write, unlink, actions) never is. */
export const ODOO_READ_METHODS = new Set([
  "search_read",
  "search",
  "search_count",
  "read",
  "fields_get",
  "read_group",
  "formatted_read_group",
  "name_search",
  "version",
  "authenticate",
  "login",
]);
