// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { type RowWindow, useRowWindow } from "./use-row-window";

// jsdom has no layout: a scroll box whose height the test chooses.
function box(height: number) {
  const element = document.createElement("div");
  Object.defineProperty(element, "clientHeight", { get: () => height });
  return element;
}

function setup(count: number) {
  const { result } = renderHook(() => useRowWindow({ count, rowHeight: 100, overscan: 2 }));
  const get = (): RowWindow => result.current;
  return { get };
}

afterEach(cleanup);

describe("useRowWindow", () => {
  it("yields the first overscan + 1 rows before the element is measured", () => {
    const { get } = setup(50);
    expect(get().rows.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(get().totalSize).toBe(5_000);
  });

  it("fills the height it is told to assume until the element is measured", () => {
    const { result } = renderHook(() => useRowWindow({ count: 50, rowHeight: 100, overscan: 2, initialHeight: 450 }));
    expect(result.current.rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const element = box(200);
    act(() => result.current.ref(element));
    expect(result.current.rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it("follows the scroll offset, with overscan on both sides", () => {
    const { get } = setup(50);
    const element = box(300);
    act(() => get().ref(element));
    expect(get().rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    act(() => {
      element.scrollTop = 1_050;
      element.dispatchEvent(new Event("scroll"));
    });
    expect(get().rows.map((r) => r.index)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(get().rows[0]).toEqual({ index: 8, start: 800 });
  });

  it("never goes past the last row", () => {
    const { get } = setup(4);
    act(() => get().ref(box(1_000)));
    expect(get().rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it("scrolls the least needed to show a row, and not at all when it is on screen", () => {
    const { get } = setup(50);
    const element = box(300);
    act(() => get().ref(element));
    act(() => get().scrollToIndex(1));
    expect(element.scrollTop).toBe(0);
    act(() => get().scrollToIndex(10));
    expect(element.scrollTop).toBe(800);
    act(() => get().scrollToIndex(4));
    expect(element.scrollTop).toBe(400);
  });
});
