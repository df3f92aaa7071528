import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { assertAllowedBaseUrl, isBlockedAddress, normalizeBaseUrl } from "./base-url";
import { rejection } from "./testing/sandbox";

const resolveTo =
  (...addresses: string[]) =>
  async () =>
    addresses;
const strict = (url: string, ...addresses: string[]) =>
  assertAllowedBaseUrl(url, { allowPrivate: false, resolve: resolveTo(...addresses) });

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await rejection(p);
  expect(e).toBeInstanceOf(ApiError);
  expect((e as ApiError).code).toBe("validation_error");
  // The field carries the same problem as the error, so the form shows it beside the URL.
  const fieldReasons = (e as ApiError).details?.fieldReasons as { baseUrl: string[] };
  expect(fieldReasons.baseUrl).toEqual([(e as ApiError).reason]);
  return (e as ApiError).message;
}

describe("normalizeBaseUrl", () => {
  it("trims and drops trailing slashes", () => {
    expect(normalizeBaseUrl("  https://chat.roble.cl/ ")).toBe("https://chat.roble.cl");
    expect(normalizeBaseUrl("https://x.cl/odoo//")).toBe("https://x.cl/odoo");
  });
});

describe("assertAllowedBaseUrl", () => {
  it("accepts a public host and returns it normalised", async () => {
    await expect(strict("https://chat.roble.cl/", "200.1.123.10")).resolves.toBe("https://chat.roble.cl");
  });

  it.each([
    ["loopback", "127.0.0.1"],
    ["loopback range", "127.8.9.1"],
    ["10/8", "10.1.2.3"],
    ["172.16/12", "172.20.0.5"],
    ["192.168/16", "192.168.1.10"],
    ["link-local", "169.254.10.1"],
    ["metadata", "169.254.169.254"],
    ["CGNAT", "100.100.0.1"],
    ["unspecified", "0.0.0.0"],
    ["IPv6 loopback", "::1"],
    ["IPv6 unique-local", "fd12:3456::1"],
    ["IPv6 link-local", "fe80::1"],
    ["IPv4-mapped private", "::ffff:10.0.0.1"],
    ["IPv4-mapped hex", "::ffff:7f00:1"],
  ])("refuses %s (%s) from DNS", async (_name, address) => {
    expect(await refusal(strict("https://chatwoot.example.com", address))).toContain("dirección interna");
  });

  it("refuses when any of several resolved addresses is private", async () => {
    await refusal(strict("https://chatwoot.example.com", "200.1.123.10", "10.0.0.2"));
  });

  it("refuses IP literals in the URL itself, IPv6 included", async () => {
    await refusal(strict("http://127.0.0.1:3000"));
    await refusal(strict("http://[::1]:3000"));
    await refusal(strict("http://[::127.0.0.1]:3000"));
    await refusal(strict("http://[64:ff9b::7f00:1]:3000"));
    await refusal(strict("http://169.254.169.254/latest/meta-data"));
  });

  it("allowPrivate lets loopback and private networks through", async () => {
    const opts = { allowPrivate: true, resolve: resolveTo("127.0.0.1") };
    await expect(assertAllowedBaseUrl("http://127.0.0.1:4100/chatwoot/", opts)).resolves.toBe(
      "http://127.0.0.1:4100/chatwoot",
    );
    await expect(assertAllowedBaseUrl("http://odoo.lan", opts)).resolves.toBe("http://odoo.lan");
  });

  it("refuses other schemes, credentials, queries and garbage even when private is allowed", async () => {
    const opts = { allowPrivate: true };
    expect(await refusal(assertAllowedBaseUrl("ftp://files.roble.cl", opts))).toContain("https://");
    await refusal(assertAllowedBaseUrl("file:///etc/passwd", opts));
    await refusal(assertAllowedBaseUrl("javascript:alert(1)", opts));
    expect(await refusal(assertAllowedBaseUrl("https://user:pw@chat.roble.cl", opts))).toContain("usuario");
    await refusal(assertAllowedBaseUrl("https://chat.roble.cl/?token=x", opts));
    expect(await refusal(assertAllowedBaseUrl("chat.roble.cl", opts))).toContain("no es válida");
  });

  it("says so when the name does not resolve", async () => {
    const failing = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const msg = await refusal(assertAllowedBaseUrl("https://nope.invalid", { allowPrivate: false, resolve: failing }));
    expect(msg).toContain("No se encontró el servidor");
  });
});

describe("isBlockedAddress", () => {
  it("lets public addresses through", () => {
    expect(isBlockedAddress("8.8.8.8")).toBe(false);
    expect(isBlockedAddress("172.32.0.1")).toBe(false);
    expect(isBlockedAddress("100.128.0.1")).toBe(false);
    expect(isBlockedAddress("2606:4700::1111")).toBe(false);
  });

  // Everything that is not public unicast, and every IPv6 form that carries an IPv4 address inside it
  // (judged by that IPv4 address), in the spelling a URL's host or a DNS answer gives.
  it.each([
    ["IPv4-compatible loopback, as [::127.0.0.1] parses", new URL("http://[::127.0.0.1]/").hostname],
    ["IPv4-compatible loopback", "::7f00:1"],
    ["IPv4-compatible private", "::a00:1"],
    ["NAT64 of loopback, as [64:ff9b::7f00:1]", "64:ff9b::7f00:1"],
    ["NAT64 of loopback, dotted", new URL("http://[64:ff9b::127.0.0.1]/").hostname],
    ["NAT64 of the metadata service", "64:ff9b::a9fe:a9fe"],
    ["NAT64 local-use prefix", "64:ff9b:1::a00:1"],
    ["IPv4-mapped loopback, dotted", "::ffff:127.0.0.1"],
    ["IPv4-translated (SIIT) loopback", "::ffff:0:7f00:1"],
    ["6to4 of loopback", "2002:7f00:1::1"],
    ["6to4 of 192.168/16", "2002:c0a8:101::1"],
    ["Teredo with a private client", "2001:0:4136:e378:8000:63bf:f5ff:fefe"],
    ["Teredo with a loopback server", "2001:0:7f00:1:8000:63bf:f7f7:f7f7"],
    ["IPv6 unspecified", "::"],
    ["IPv6 multicast", "ff02::1"],
    ["IPv6 site-local (deprecated)", "fec0::1"],
    ["IPv6 documentation", "2001:db8::1"],
    ["IPv6 discard-only", "100::1"],
    ["IPv6 link-local with a zone", "fe80::1%eth0"],
    ["broadcast", "255.255.255.255"],
    ["IPv4 multicast", "239.1.2.3"],
    ["reserved 240/4", "240.0.0.1"],
    ["benchmarking 198.18/15", "198.19.0.1"],
    ["IETF protocol assignments 192.0.0/24", "192.0.0.170"],
    ["documentation 192.0.2/24", "192.0.2.10"],
    ["documentation 198.51.100/24", "198.51.100.10"],
    ["documentation 203.0.113/24", "203.0.113.10"],
    ["this network 0/8", "0.1.2.3"],
    ["not an address", "chat.roble.cl"],
    ["garbage", "::ffff:999.1.1.1"],
  ])("refuses %s (%s)", (_name, address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    ["NAT64 of a public address (DNS64 on an IPv6-only host)", "64:ff9b::808:808"],
    ["IPv4-mapped public", "::ffff:8.8.8.8"],
    ["6to4 of a public address", "2002:808:808::1"],
    ["Teredo with a public server and client", "2001:0:4136:e378:8000:63bf:f7f7:f7f7"],
  ])("lets %s through (%s)", (_name, address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});
