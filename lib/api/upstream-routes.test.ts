import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every handler of the three proxies declares `upstream: true`, so its rate-limit hits are counted in
// the round trip that resolves its caller (tenant-caller.ts). One that forgot would still be limited
// (proxyConnection counts it), at the price of a second round trip: this keeps the fast path whole.
const proxies = ["chatwoot", "odoo", "n8n"].map((s) => path.join(process.cwd(), "app", "api", s));

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("proxy routes", () => {
  const files = proxies.flatMap(routeFiles);

  it("are found", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))("%s: every handler declares upstream", (_, file) => {
    const source = readFileSync(file, "utf8").replace(/\s+/g, " ");
    const handlers = source.match(/apiRoute\(/g)?.length ?? 0;
    expect(handlers).toBeGreaterThan(0);
    expect(source.match(/auth: "tenant", upstream: true/g)?.length ?? 0).toBe(handlers);
  });
});
