import path from "node:path";
import { describe, expect, it } from "vitest";
import { type RouteEntry, routeEntries, routeMatrix, splitKey, wrapperAuthOf } from "@/e2e/support/route-matrix";
import { readRouteSources } from "./route-sources";

// Every handler under app/api must be in the route matrix, with the access the code really has:
// the cross-tenant and fuzz specs only probe what the table lists, so a handler missing from it,
// or listed with the wrong role, would escape them.

const appDir = path.resolve(__dirname, "../../app");
const sources = readRouteSources(appDir);
const table = new Map<string, RouteEntry>(routeEntries);

/** Entries the cross-tenant matrix probes with another tenant's id. */
const probedByMatrix = (entry: RouteEntry) =>
  ["tenant", "service-or-member", "service"].includes(entry.access.auth) ||
  (entry.access.auth === "user" && Boolean(entry.access.tenantQuery));

describe("route inventory", () => {
  it("finds the handlers (guards against a broken scan passing vacuously)", () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.map((s) => s.key)).toContain("DELETE /api/tenants/[tenantId]/members/[memberId]");
  });

  it("every handler goes through apiRoute with a literal config", () => {
    const bare = sources.filter((s) => !s.config?.auth).map((s) => `${s.key} (${s.file})`);
    expect(bare).toEqual([]);
  });

  it("every handler is in the route matrix", () => {
    const missing = sources.filter((s) => !table.has(s.key)).map((s) => `${s.key} (${s.file})`);
    expect(missing, "add these to e2e/support/route-matrix.ts").toEqual([]);
  });

  it("the matrix lists no handler that no longer exists", () => {
    const present = new Set(sources.map((s) => s.key));
    expect(Object.keys(routeMatrix).filter((key) => !present.has(key))).toEqual([]);
  });

  it("each entry's auth mode and minimum role match the route file", () => {
    const mismatches = sources.flatMap((s) => {
      const entry = table.get(s.key);
      if (!entry || !s.config) return [];
      const expected = {
        auth: wrapperAuthOf(entry.access),
        role: entry.access.auth === "tenant" ? entry.access.role : undefined,
      };
      // The wrapper's default minimum for tenant routes is viewer.
      const actual = {
        auth: s.config.auth,
        role: s.config.auth === "tenant" ? (s.config.role ?? "viewer") : s.config.role,
      };
      return JSON.stringify(expected) === JSON.stringify(actual)
        ? []
        : [`${s.key}: table ${JSON.stringify(expected)}, code ${JSON.stringify(actual)}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("entries with a query or body schema in the code say how to fuzz it, and only those", () => {
    const mismatches = sources.flatMap((s) => {
      const entry = table.get(s.key);
      if (!entry || !s.config) return [];
      return (["query", "body"] as const)
        .filter((part) => s.config?.keys.includes(part) !== Boolean(entry[part]))
        .map(
          (part) =>
            `${s.key}: ${part} schema in code ${s.config?.keys.includes(part)}, in table ${Boolean(entry[part])}`,
        );
    });
    expect(mismatches).toEqual([]);
  });

  it("each entry names a sample for every path parameter but the tenant", () => {
    const mismatches = routeEntries.flatMap(([key, entry]) => {
      const inPath = [...splitKey(key).path.matchAll(/\[(\w+)\]/g)].map((m) => m[1]).filter((p) => p !== "tenantId");
      const listed = Object.keys(entry.params ?? {});
      return inPath.sort().join() === listed.sort().join() ? [] : [`${key}: path ${inPath}, table ${listed}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("a route with a tenant in its path is probed by the matrix, and every other route says why it is not", () => {
    const unprobedTenantRoutes = routeEntries
      .filter(([key, entry]) => key.includes("[tenantId]") && !probedByMatrix(entry))
      .map(([key]) => key);
    expect(unprobedTenantRoutes).toEqual([]);
    const unexplained = routeEntries
      .filter(([, entry]) => !probedByMatrix(entry) && !("why" in entry.access && entry.access.why.trim().length > 10))
      .map(([key]) => key);
    expect(unexplained).toEqual([]);
  });

  it("fuzz specs can make every body and query invalid by construction", () => {
    const unbreakable = routeEntries.flatMap(([key, entry]) => {
      const problems: string[] = [];
      const q = entry.query;
      if (q && !q.strict && !(q.required?.length || Object.keys(q.fields).length)) problems.push("query");
      const b = entry.body;
      if (b) {
        const missing = b.required.filter((k) => !(k in b.sample));
        if (missing.length) problems.push(`required keys without a sample: ${missing}`);
      }
      return problems.map((p) => `${key}: ${p}`);
    });
    expect(unbreakable).toEqual([]);
  });
});
