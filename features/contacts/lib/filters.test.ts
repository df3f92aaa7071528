import { describe, expect, it } from "vitest";
import { contactQuery, defaultFilters, exportQuery, filtersToSearch, nextFilters, parseFilters } from "./filters";

const parse = (qs: string) => parseFilters(new URLSearchParams(qs));

describe("contact filters in the URL", () => {
  it("round-trips every filter and keeps defaults out of the URL", () => {
    const qs = "q=12.345.678-5&source=odoo&tag=mayorista&open=1&unpaid=1&sort=recent&page=3";
    expect(filtersToSearch(parse(qs)).toString()).toBe(
      "q=12.345.678-5&source=odoo&tag=mayorista&open=1&unpaid=1&sort=recent&page=3",
    );
    expect(filtersToSearch(defaultFilters).toString()).toBe("");
  });

  it("ignores values a hand-edited URL may carry", () => {
    expect(parse("source=sap&sort=price&page=-4&open=yes")).toEqual(defaultFilters);
    expect(parse("page=abc").page).toBe(1);
  });

  it("goes back to the first page on any change but paging", () => {
    const onPage3 = parse("tag=vip&page=3");
    expect(nextFilters(onPage3, { open: true }).page).toBe(1);
    expect(nextFilters(onPage3, { page: 4 }).page).toBe(4);
  });

  it("asks the API for an explicit page and sort, and exports the same filters without the page", () => {
    const f = parse("q=ana&unpaid=1&page=2");
    expect(contactQuery(f)).toEqual({ q: "ana", unpaid: "1", page: "2", sort: "name" });
    expect(exportQuery(f).toString()).toBe("q=ana&unpaid=1");
  });
});
