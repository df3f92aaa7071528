import { describe, expect, it } from "vitest";
import { defaultFilters, filtersToApiQuery, filtersToSearch, parseFilters } from "./filters";

describe("filters in the URL", () => {
  it("round-trips through the query string and keeps the plain inbox URL plain", () => {
    expect(filtersToSearch(defaultFilters)).toBe("");
    const f = { status: "resolved", assignee: "me", inboxId: 2, label: "factura", q: "Pedro" } as const;
    expect(parseFilters(new URLSearchParams(filtersToSearch(f)))).toEqual(f);
  });

  it("falls back to the defaults for values it does not know", () => {
    const f = parseFilters(new URLSearchParams("status=borrado&assignee=x&inbox=-3&label=<b>"));
    expect(f).toEqual(defaultFilters);
  });

  it("asks the proxy for the page with its own parameter names", () => {
    const q = new URLSearchParams(filtersToApiQuery({ ...defaultFilters, assignee: "me", label: "urgente" }, 3));
    expect(Object.fromEntries(q)).toEqual({ status: "open", assignee: "me", page: "3", labels: "urgente" });
  });
});
