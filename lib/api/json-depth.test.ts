import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-depth";

const nested = (depth: number, kind: "array" | "object") => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = kind === "array" ? [v] : { a: v };
  return v;
};

describe("nestsDeeperThan", () => {
  it("counts each object or array as one level, scalars as none", () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: null }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: {} }] }, 3)).toBe(true);
  });

  it("finds the deep branch beside shallow ones", () => {
    expect(nestsDeeperThan({ wide: Array.from({ length: 1000 }, () => 1), deep: nested(70, "object") }, 64)).toBe(true);
    expect(nestsDeeperThan([nested(63, "array"), "x"], 64)).toBe(false);
  });

  it("does not itself run out of stack on very deep input", () => {
    expect(nestsDeeperThan(JSON.parse(`${"[".repeat(20_000)}${"]".repeat(20_000)}`), 64)).toBe(true);
  });
});
