import { describe, expect, it } from "vitest";
import { clientIp } from "./request-meta";
import { SOCKET_ADDRESS_HEADER } from "./socket-address";

const from = (xff?: string, realIp?: string) => {
  const headers = new Headers();
  if (xff !== undefined) headers.set("x-forwarded-for", xff);
  if (realIp !== undefined) headers.set("x-real-ip", realIp);
  return headers;
};

describe("clientIp", () => {
  it("takes the address the trusted proxy appended, not what the client wrote before it", () => {
    expect(clientIp(from("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(from("6.6.6.6, 7.7.7.7, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("with a CDN before the load balancer, reads two entries from the right", () => {
    expect(clientIp(from("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientIp(from("203.0.113.9"), 2)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to a fixed key", () => {
    expect(clientIp(from(" , ", "198.51.100.4"), 1)).toBe("198.51.100.4");
    expect(clientIp(from(), 1)).toBe("local");
  });
});

describe("clientIp with no trusted proxy", () => {
  it("uses the socket address stamped on the request and ignores every forwarding header", () => {
    const headers = from("203.0.113.9", "198.51.100.4");
    headers.set(SOCKET_ADDRESS_HEADER, "127.0.0.1");
    expect(clientIp(headers, 0)).toBe("127.0.0.1");
  });

  it("without a stamp (no Node server in front), all clients share one key rather than trust a header", () => {
    expect(clientIp(from("203.0.113.9", "198.51.100.4"), 0)).toBe("local");
  });
});
