import { describe, expect, it } from "vitest";
import { message, range } from "../test/fixtures";
import { hasGap, MESSAGE_PAGE, mergeLatest, prependOlder, upsertMessage } from "./message-window";

const page = (ids: number[]) => ids.map((id) => message(id));
const ids = (w: { messages: { id: number }[] }) => w.messages.map((m) => m.id);

describe("thread paging", () => {
  it("opens on the newest page, oldest first, and expects history when the page is full", () => {
    const w = mergeLatest(undefined, page(range(181, 200)).reverse());
    expect(ids(w)).toEqual(range(181, 200));
    expect(w.hasOlder).toBe(true);
    expect(mergeLatest(undefined, page([1, 2, 3])).hasOlder).toBe(false);
  });

  it("prepends older pages (before=) and stops when a page comes back short", () => {
    let w = mergeLatest(undefined, page(range(181, 200)));
    w = prependOlder(w, page(range(161, 180)));
    expect(ids(w)).toEqual(range(161, 200));
    expect(w.hasOlder).toBe(true);
    w = prependOlder(w, page(range(150, 160)));
    expect(w.hasOlder).toBe(false);
    expect(ids(w)[0]).toBe(150);
  });

  it("a refresh merges the latest page by id: new messages added, status changes applied, history kept", () => {
    let w = mergeLatest(undefined, page(range(181, 200)));
    w = prependOlder(w, page(range(161, 180)));
    const latest = [...page(range(183, 200)), message(201)].map((m) => (m.id === 199 ? { ...m, status: "read" } : m));
    const next = mergeLatest(w, latest);
    expect(ids(next)).toEqual(range(161, 201));
    expect(next.messages.find((m) => m.id === 199)?.status).toBe("read");
    expect(next.hasOlder).toBe(true);
  });

  it("fills a hole after a burst with after= and starts over when even that cannot close it", () => {
    const w = mergeLatest(undefined, page(range(81, 100)));
    const latest = page(range(131, 150));
    expect(hasGap(w, latest)).toBe(true);
    const filled = page(range(101, 130));
    expect(ids(mergeLatest(w, latest, filled))).toEqual(range(81, 150));
    const tooMany = page(range(101, 200)); // a full after= page still short of the latest page
    const reset = mergeLatest(w, page(range(301, 320)), tooMany);
    expect(ids(reset)).toEqual(range(301, 320));
    expect(reset.hasOlder).toBe(true);
    expect(MESSAGE_PAGE).toBe(20);
  });

  it("upserts our own sent message once", () => {
    const w = mergeLatest(undefined, page([1, 2]));
    const once = upsertMessage(w, message(3, { messageType: "outgoing" }));
    const twice = upsertMessage(once, message(3, { messageType: "outgoing", status: "delivered" }));
    expect(twice && ids(twice)).toEqual([1, 2, 3]);
    expect(twice?.messages.at(-1)?.status).toBe("delivered");
  });
});
