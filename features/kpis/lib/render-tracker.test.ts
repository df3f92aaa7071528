import { describe, expect, it, vi } from "vitest";
import { createRenderTracker } from "./render-tracker";

describe("the rendered mark", () => {
  it("fires once, only after every expected section reported", () => {
    const onAll = vi.fn();
    const tracker = createRenderTracker(["sales", "service"], onAll);
    tracker.done("sales");
    tracker.done("sales");
    tracker.done("other");
    expect(onAll).not.toHaveBeenCalled();
    tracker.done("service");
    tracker.done("service");
    expect(onAll).toHaveBeenCalledTimes(1);
  });
});
