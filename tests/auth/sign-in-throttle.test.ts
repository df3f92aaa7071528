// Sign-in throttling on a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// attempts are counted before the password is checked, so parallel guesses cannot outrun the count,
// and the lock falls on the guesser's address, not on the account's owner.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, signUp } from "@/lib/auth/local-accounts";
import type { Database } from "@/lib/db/open";
import { createLocalAccount, testOrigin } from "../support/local-accounts";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";

const password = "una-clave-segura-123";
const globalForDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };

/** Fixed 15-minute windows: start where the count cannot restart mid-test. */
async function awayFromWindowEdge() {
  const windowMs = 15 * 60_000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 20_000) await new Promise((r) => setTimeout(r, left + 500));
}

const statusOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 200,
    (e: { status?: number }) => e.status ?? 500,
  );

describe.each(drivers)("sign-in throttling on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    // The app's one database handle, pointed at this suite's throwaway database.
    globalForDb.__hubDatabase = Promise.resolve(t);
  });
  afterAll(async () => {
    globalForDb.__hubDatabase = undefined;
    await t?.dispose();
  });

  const account = async () => {
    const email = `dueña-${randomUUID().slice(0, 8)}@example.cl`.replace("ñ", "n");
    await createLocalAccount({ email, password, name: "Dueña" });
    return email;
  };

  it("30 parallel wrong passwords for one email: at most 5 are checked (401), the rest are 429", async () => {
    await awayFromWindowEdge();
    const email = await account();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () =>
        statusOf(signIn({ email, password: "clave-equivocada" }, { ip: "203.0.113.7" })),
      ),
    );
    expect(statuses.filter((s) => s === 401).length).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(25);
  }, 60_000);

  it("the owner is not locked out: the attacker's address is throttled, the owner's other address gets in", async () => {
    await awayFromWindowEdge();
    const email = await account();
    for (let i = 0; i < 5; i++) {
      expect(await statusOf(signIn({ email, password: "clave-equivocada" }, { ip: "203.0.113.66" }))).toBe(401);
    }
    expect(await statusOf(signIn({ email, password }, { ip: "203.0.113.66" }))).toBe(429);
    expect(await statusOf(signIn({ email, password }, { ip: "198.51.100.20" }))).toBe(200);
  }, 60_000);

  it("a guesser spread over many addresses meets the looser per-email limit", async () => {
    await awayFromWindowEdge();
    const email = await account();
    for (let a = 1; a <= 4; a++) {
      for (let i = 0; i < 5; i++) {
        expect(await statusOf(signIn({ email, password: "clave-equivocada" }, { ip: `203.0.113.${100 + a}` }))).toBe(
          401,
        );
      }
    }
    expect(await statusOf(signIn({ email, password: "clave-equivocada" }, { ip: "203.0.113.200" }))).toBe(429);
  }, 60_000);
});

describe.each(drivers)("sign-up throttling on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    globalForDb.__hubDatabase = Promise.resolve(t);
  });
  afterAll(async () => {
    globalForDb.__hubDatabase = undefined;
    await t?.dispose();
  });

  it("one address starts at most 10 sign-ups an hour; another address still can", async () => {
    const hourMs = 3_600_000;
    const left = hourMs - (Date.now() % hourMs);
    if (left < 30_000) await new Promise((r) => setTimeout(r, left + 500));
    const create = (ip: string) =>
      statusOf(
        signUp({ email: `nuevo-${randomUUID().slice(0, 8)}@example.cl`, password, name: "Nuevo" }, { ip }, testOrigin),
      );
    for (let i = 0; i < 10; i++) expect(await create("203.0.113.50"), `sign-up ${i + 1}`).toBe(200);
    expect(await create("203.0.113.50")).toBe(429);
    expect(await create("198.51.100.50")).toBe(200);
  }, 60_000);
});
