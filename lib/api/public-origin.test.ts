import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The deployment's settings, changed per test: production or not, APP_URL or not.
const deployment = vi.hoisted(() => ({ isProduction: true, APP_URL: undefined as string | undefined }));
vi.mock("@/lib/env", () => ({
  get isProduction() {
    return deployment.isProduction;
  },
  env: {
    get APP_URL() {
      return deployment.APP_URL;
    },
    PORT: 3000,
  },
}));

const { publicOrigin, publicOriginOf } = await import("./public-origin");

const requestWithHost = (host: string) =>
  new NextRequest(`http://${host}/api/auth/sign-up`, { method: "POST", headers: { host } });

beforeEach(() => {
  deployment.isProduction = true;
  deployment.APP_URL = undefined;
});

describe("publicOrigin", () => {
  it("is APP_URL whenever it is set, whatever Host the request names", () => {
    deployment.APP_URL = "https://hub.smarterbot.cl/";
    expect(publicOrigin(requestWithHost("evil.example"))).toBe("https://hub.smarterbot.cl");
    expect(publicOriginOf(new Headers({ host: "evil.example" }))).toBe("https://hub.smarterbot.cl");
  });

  it("in production without APP_URL refuses to build links from a Host the sender chose (503, not a 500)", () => {
    for (const attempt of [
      () => publicOrigin(requestWithHost("evil.example")),
      () => publicOriginOf(new Headers({ host: "evil.example" })),
      () => publicOriginOf(new Headers({ host: "evil.example:not-a-port" })),
    ]) {
      expect(attempt).toThrow(expect.objectContaining({ status: 503, details: { reason: "app_url_missing" } }));
    }
  });

  it("in production without APP_URL still takes a loopback Host (a local production build)", () => {
    expect(publicOrigin(requestWithHost("localhost:3100"))).toBe("http://localhost:3100");
    expect(publicOriginOf(new Headers({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
  });

  it("in development takes the request's own origin", () => {
    deployment.isProduction = false;
    expect(publicOrigin(requestWithHost("192.168.1.20:3000"))).toBe("http://192.168.1.20:3000");
    expect(publicOriginOf(new Headers({ host: "192.168.1.20:3000", "x-forwarded-proto": "https" }))).toBe(
      "https://192.168.1.20:3000",
    );
  });
});
