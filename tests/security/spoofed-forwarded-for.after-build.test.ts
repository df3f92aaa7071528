import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NextInstance, requireProductionBuild, startNextStart, stopNextStart } from "../support/next-start";

requireProductionBuild();

const signUpsPerAddress = 3;
let server: NextInstance | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), "hub-xff-"));

beforeAll(async () => {
  server = await startNextStart(
    {
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      DATABASE_DIRECT_URL: "",
      TRUSTED_PROXY_HOPS: "0",
      SIGN_UPS_PER_ADDRESS_PER_HOUR: String(signUpsPerAddress),
      APP_ENCRYPTION_KEY: "spoofed-xff-test-key-0123456789abcdef",
      INSECURE_COOKIES: "1",
      BACKGROUND_JOBS: "0",
      LOG_LEVEL: "error",
    },
    { healthy: true },
  );
}, 120_000);

afterAll(() => {
  stopNextStart(server);
  rmSync(dataDir, { recursive: true, force: true });
});

let octet = 1;
const spoofed = () => {
  octet += 1;
  return { "x-forwarded-for": `203.0.113.${octet}`, "x-real-ip": `198.51.100.${octet}` };
};

describe("per-address throttling with no trusted proxy", () => {
  it("counts a client that forges X-Forwarded-For and X-Real-IP on every request as its one socket address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= signUpsPerAddress; i++) {
      const res = await fetch(`${server?.url}/api/auth/sign-up`, {
        method: "POST",
        headers: { "content-type": "application/json", ...spoofed() },
        body: JSON.stringify({
          email: `xff-${randomUUID()}@example.com`,
          password: "una-clave-larga-1",
          name: "Xavier Flores",
        }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, signUpsPerAddress)).toEqual(Array(signUpsPerAddress).fill(202));
    expect(statuses[signUpsPerAddress]).toBe(429);
  });

  it("still lets another socket address in: the limit is that peer's, not one key shared by everyone", async () => {
    // Another loopback source address is another client as far as the socket can tell.
    const body = JSON.stringify({
      email: `xff-${randomUUID()}@example.com`,
      password: "una-clave-larga-1",
      name: "Otra Persona",
    });
    const target = new URL(`${server?.url}/api/auth/sign-up`);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          localAddress: "127.0.0.2",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(202);
  });
});
