import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

// Each entry once took someone to another site after sign-in, in some browser or framework.
const bypasses: [string, string][] = [
  ["/\t/evil.example", "tab between the slashes (browsers drop it: //evil.example)"],
  ["/\n/evil.example", "line feed between the slashes"],
  ["/\r/evil.example", "carriage return between the slashes"],
  ["/\r\n/evil.example", "CRLF between the slashes (also header injection)"],
  ["\t//evil.example", "leading tab (URL parsers trim it)"],
  [" //evil.example", "leading space (URL parsers trim it)"],
  ["/\u0000/evil.example", "NUL"],
  ["/\u007f/evil.example", "DEL"],
  ["//evil.example", "protocol-relative"],
  ["///evil.example", "three slashes"],
  ["/\\evil.example", "slash backslash (browsers read \\ as /)"],
  ["\\\\evil.example", "two backslashes"],
  ["/\\/evil.example", "slash backslash slash"],
  ["/..//evil.example", "dot segment that normalizes to //"],
  ["/./\\evil.example", "dot segment before a backslash"],
  ["https://evil.example", "absolute URL"],
  ["http:evil.example", "scheme without slashes"],
  ["javascript:alert(1)", "javascript: URL"],
  ["evil.example", "no leading slash"],
  ["", "empty"],
];

describe("safeNextPath", () => {
  it.each(bypasses)("refuses %j (%s)", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it.each([
    ["/demo/messages", "/demo/messages"],
    ["/demo/messages/12?filter=open#reply", "/demo/messages/12?filter=open#reply"],
    ["/onboarding/invitation?token=abc", "/onboarding/invitation?token=abc"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/ferretería", "/ferreter%C3%ADa"],
  ])("keeps the same-site path %j as %j", (next, kept) => {
    expect(safeNextPath(next)).toBe(kept);
  });

  it("never answers something a browser would read as another origin", () => {
    for (const [next] of bypasses) {
      const target = new URL(safeNextPath(next), "https://hub.example");
      expect(target.origin, JSON.stringify(next)).toBe("https://hub.example");
    }
  });

  it("falls back to the home page for a missing value", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
