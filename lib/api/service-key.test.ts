import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const key = "test-service-key-long-enough-0001";
let hasServiceKey: (req: NextRequest) => boolean;

beforeAll(async () => {
  vi.stubEnv("SMARTEROS_SERVICE_KEY", key);
  vi.resetModules();
  ({ hasServiceKey } = await import("./service-key"));
});
afterAll(() => vi.unstubAllEnvs());

const req = (authorization?: string) =>
  ({ headers: new Headers(authorization ? { authorization } : {}) }) as unknown as NextRequest;

describe("service key", () => {
  it("is absent without an Authorization header (the cookie decides)", () => {
    expect(hasServiceKey(req())).toBe(false);
  });

  it("accepts the configured key as a bearer token", () => {
    expect(hasServiceKey(req(`Bearer ${key}`))).toBe(true);
    expect(hasServiceKey(req(`bearer ${key}`))).toBe(true);
  });

  it.each([`Bearer ${key}x`, `Bearer ${key.slice(0, -1)}`, "Bearer ", `Basic ${key}`, key])(
    "refuses %j with a 401 instead of falling back to the cookie",
    (header) => {
      expect(() => hasServiceKey(req(header))).toThrow(expect.objectContaining({ code: "unauthorized" }));
    },
  );
});
