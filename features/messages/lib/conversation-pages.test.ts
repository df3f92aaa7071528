import { describe, expect, it } from "vitest";
import { conversation, page, range } from "../test/fixtures";
import { appendPage, flattenPages, mergeFirstPage, nextPageNumber, patchPages } from "./conversation-pages";
import { defaultFilters, matchesFilters } from "./filters";

const ids = (d: Parameters<typeof flattenPages>[0]) => flattenPages(d).map((c) => c.id);

describe("conversation list paging", () => {
  it("appends Chatwoot's pages in order and asks for the next while the last page was full", () => {
    let data = mergeFirstPage(undefined, page(1, range(1, 25)));
    expect(nextPageNumber(data)).toBe(2);
    data = appendPage(data, page(2, range(26, 50)));
    data = appendPage(data, page(3, range(51, 60), false));
    expect(ids(data)).toEqual(range(1, 60));
    expect(nextPageNumber(data)).toBeNull();
  });

  it("drops a conversation already shown when activity moved it between pages", () => {
    let data = mergeFirstPage(undefined, page(1, range(1, 25)));
    // Conversation 25 slid down to page 2 after a new one arrived on top.
    data = appendPage(data, page(2, [25, ...range(26, 49)]));
    expect(ids(data).filter((id) => id === 25)).toHaveLength(1);
  });

  it("ignores a page that is already loaded (two scroll events for one page)", () => {
    const data = appendPage(mergeFirstPage(undefined, page(1, range(1, 25))), page(2, range(26, 50)));
    expect(appendPage(data, page(2, range(26, 50)))).toBe(data);
  });

  it("refreshes page 1 only, keeping the deeper pages and moving a conversation that became newest to the top", () => {
    let data = mergeFirstPage(undefined, page(1, range(1, 25)));
    data = appendPage(data, page(2, range(26, 50)));
    data = appendPage(data, page(3, range(51, 75)));
    const refreshed = mergeFirstPage(data, page(1, [60, ...range(1, 24)]));
    expect(ids(refreshed).slice(0, 2)).toEqual([60, 1]);
    expect(ids(refreshed).filter((id) => id === 60)).toHaveLength(1);
    expect(refreshed.pages).toHaveLength(3);
    expect(nextPageNumber(refreshed)).toBe(4);
  });

  it("removes a resolved conversation from the open list and keeps it in the list of all", () => {
    const data = mergeFirstPage(undefined, page(1, [1, 2, 3]));
    const resolve = (c: ReturnType<typeof conversation>) => ({ ...c, status: "resolved" });
    const open = patchPages(data, 2, resolve, (c) => matchesFilters(c, defaultFilters, null));
    expect(ids(open)).toEqual([1, 3]);
    const all = patchPages(data, 2, resolve, (c) => matchesFilters(c, { ...defaultFilters, status: "all" }, null));
    expect(flattenPages(all).find((c) => c.id === 2)?.status).toBe("resolved");
  });
});

describe("filters", () => {
  it("keeps mías only for the token's own user, and labels only when the label is on", () => {
    const mine = { ...defaultFilters, assignee: "me" as const };
    const agent = { id: 7, name: "Camila", email: null, role: null, availability: null, thumbnail: null };
    expect(matchesFilters(conversation(1, { assignee: agent }), mine, 7)).toBe(true);
    expect(matchesFilters(conversation(1, { assignee: { ...agent, id: 8 } }), mine, 7)).toBe(false);
    expect(matchesFilters(conversation(1, { labels: [] }), { ...defaultFilters, label: "factura" }, null)).toBe(false);
    // Chatwoot ignores the status while searching, so a search keeps resolved conversations.
    expect(matchesFilters(conversation(1, { status: "resolved" }), { ...defaultFilters, q: "pedro" }, null)).toBe(true);
  });
});
