"use client";
import { useCallback, useLayoutEffect, useState } from "react";

export type RowWindow = {
  /** Callback ref for the scrolling element. */
  ref: (element: HTMLElement | null) => void;
  /** The rows to render (on screen plus `overscan` either side), with their offset from the top. */
  rows: { index: number; start: number }[];
  totalSize: number;
  /** Scrolls the least needed to bring the row fully on screen (nothing if it already is). */
  scrollToIndex: (index: number) => void;
};

/**
 * Windowing for a list whose rows all have the same height: the rows in view follow from the
 * scroll offset by division, so the inbox's first load does without a general virtualizer (the
 * thread's messages, of varying height, keep theirs in their own lazily loaded chunk). Before the
 * element is measured (server render, first paint) it takes the viewport to be `initialHeight` tall
 * (default 0: the first `overscan + 1` rows), the same on the server and in the browser's first render,
 * so hydration matches.
 */
export function useRowWindow({
  count,
  rowHeight,
  overscan,
  initialHeight = 0,
}: {
  count: number;
  rowHeight: number;
  overscan: number;
  initialHeight?: number;
}): RowWindow {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: initialHeight });

  useLayoutEffect(() => {
    if (!element) return;
    const read = () =>
      setViewport((v) =>
        v.top === element.scrollTop && v.height === element.clientHeight
          ? v
          : { top: element.scrollTop, height: element.clientHeight },
      );
    read();
    element.addEventListener("scroll", read, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(read) : null;
    resize?.observe(element);
    return () => {
      element.removeEventListener("scroll", read);
      resize?.disconnect();
    };
  }, [element]);

  const firstVisible = Math.floor(viewport.top / rowHeight);
  const lastVisible = Math.max(firstVisible, Math.ceil((viewport.top + viewport.height) / rowHeight) - 1);
  const first = Math.max(0, firstVisible - overscan);
  const last = Math.min(count - 1, lastVisible + overscan);
  const rows: RowWindow["rows"] = [];
  for (let index = first; index <= last; index++) rows.push({ index, start: index * rowHeight });

  const scrollToIndex = useCallback(
    (index: number) => {
      if (!element) return;
      const start = index * rowHeight;
      const end = start + rowHeight;
      if (end > element.scrollTop + element.clientHeight) element.scrollTop = end - element.clientHeight;
      else if (start < element.scrollTop) element.scrollTop = start;
    },
    [element, rowHeight],
  );

  return { ref: setElement, rows, totalSize: count * rowHeight, scrollToIndex };
}
