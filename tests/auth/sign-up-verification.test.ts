// Local sign-up goes through the address, on a real database (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): the answer for an existing email is the answer for a new one, no
// session is started, and only the link mailed to a new address creates the account — once, within
// 24 hours, the newest link only, and never a second account for one email.
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as signUpRoute } from "@/app/api/auth/sign-up/route";
import { ensureUserRow, signIn, signUp, signUpLinkFor, verifySignUp } from "@/lib/auth/local-accounts";
import { signUpOutbox } from "@/lib/auth/sign-up-outbox";
import { verifyPendingSignUp } from "@/lib/auth/sign-up-verification";
import { runWithClaims } from "@/lib/db/claims";
import type { Database } from "@/lib/db/open";
import { outbox, pendingSignUps, tenantMembers, users } from "@/lib/db/schema";
import { registerTestTenant } from "../provisioning/fixtures";
import { createLocalAccount, latestSignUpToken, testOrigin } from "../support/local-accounts";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";

const password = "una-clave-segura-123";
const globalForDb = globalThis as typeof globalThis & { __hubDatabase?: Promise<Database> };
const freshEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.cl`;
/** Each test its own address, so the per-address sign-up limit (10 an hour) never gets in the way. */
let octet = 0;
const meta = () => ({ ip: `203.0.113.${++octet}` });

const statusOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 200,
    (e: { status?: number }) => e.status ?? 500,
  );

/** POST /api/auth/sign-up through its route handler, as a browser on the Hub's own page sends it. */
async function postSignUp(body: Record<string, string>) {
  const host = "hub.test";
  const res = await signUpRoute(
    new NextRequest(`http://${host}/api/auth/sign-up`, {
      method: "POST",
      headers: { host, origin: `http://${host}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe.each(drivers)("sign-up through the address on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    globalForDb.__hubDatabase = Promise.resolve(t);
  });
  afterAll(async () => {
    globalForDb.__hubDatabase = undefined;
    await t?.dispose();
  });

  /** Locks the address's pending sign-up in a transaction of the test's own until `release`. */
  async function holdPendingRow(email: string) {
    let release = () => {};
    let locked = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const released = new Promise<void>((r) => {
      release = r;
    });
    const holder = t.db.transaction(async (tx) => {
      await tx.select().from(pendingSignUps).where(eq(pendingSignUps.email, email)).for("update");
      locked();
      await released;
    });
    await isLocked;
    return {
      release: async () => {
        release();
        await holder;
      },
    };
  }

  const accountsWith = (email: string) => t.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);

  it("a new and an existing email get the same answer: 202, the same body, no session cookie", async () => {
    const existing = freshEmail("ya-tiene");
    await createLocalAccount({ email: existing, password, name: "Dueña Original" }, meta());
    const fresh = freshEmail("nueva");

    const forNew = await postSignUp({ name: "Nueva Persona", email: fresh, password });
    const forExisting = await postSignUp({ name: "Otra Persona", email: existing, password: "otra-clave-segura-9" });

    for (const answer of [forNew, forExisting]) {
      expect(answer.status).toBe(202);
      expect(answer.headers.get("set-cookie")).toBeNull();
    }
    expect(forNew.body).toEqual({ status: "verification_sent", email: fresh });
    expect(forExisting.body).toEqual({ status: "verification_sent", email: existing });
    expect([...forExisting.headers.keys()].sort()).toEqual([...forNew.headers.keys()].sort());

    // Neither created an account; the existing one is untouched and keeps its password.
    expect(await accountsWith(fresh)).toEqual([]);
    expect(await accountsWith(existing)).toEqual([expect.objectContaining({ name: "Dueña Original" })]);
    expect(await statusOf(signIn({ email: existing, password }, meta()))).toBe(200);
    expect(await statusOf(signIn({ email: existing, password: "otra-clave-segura-9" }, meta()))).toBe(401);
  }, 60_000);

  it("only the new email can be verified: it was mailed a link with a token, the existing one a notice", async () => {
    const existing = freshEmail("aviso");
    await createLocalAccount({ email: existing, password, name: "Dueña" }, meta());
    const fresh = freshEmail("activa");
    await signUp({ email: fresh, password, name: "Nueva" }, meta(), testOrigin);
    await signUp({ email: existing, password: "otra-clave-segura-9", name: "Intrusa" }, meta(), testOrigin);

    const notices = (await signUpOutbox(existing)).filter((m) => m.template !== "sign_up_verification");
    expect(notices).toEqual([
      expect.objectContaining({ template: "sign_up_existing_account", recipient: existing, channel: "email" }),
    ]);
    const noticeLink = new URL(String(notices[0].payload.link));
    expect(noticeLink.pathname).toBe("/sign-in");
    expect(noticeLink.searchParams.has("token")).toBe(false);
    // The existing address has no pending sign-up to verify: its only link is the first account's, used.
    expect(await t.db.select().from(pendingSignUps).where(eq(pendingSignUps.email, existing))).toEqual([
      expect.objectContaining({ passwordHash: null, verifiedAt: expect.any(Date) }),
    ]);
    expect(await statusOf(verifySignUp({ token: await latestSignUpToken(existing), password }, meta()))).toBe(409);

    const link = new URL(String((await signUpOutbox(fresh)).at(-1)?.payload.link));
    expect(link.origin + link.pathname).toBe(`${testOrigin}/sign-up/verify`);
    const token = link.searchParams.get("token") ?? "";
    expect(token.length).toBeGreaterThanOrEqual(40);
    const [pending] = await t.db.select().from(pendingSignUps).where(eq(pendingSignUps.email, fresh));
    expect(pending.tokenHash).not.toContain(token);
    expect(pending.passwordHash).not.toContain(password);

    // Opening the link (what a mail scanner does) uses nothing up; the button's verification does.
    expect(await signUpLinkFor(token)).toEqual({ email: fresh, next: "/onboarding", state: "pending" });
    expect(await signUpLinkFor(token)).toMatchObject({ state: "pending" });
    const verified = await verifySignUp({ token: token, password }, meta());
    expect(verified.identity).toMatchObject({ email: fresh, name: "Nueva" });
    expect(verified.next).toBe("/onboarding");
    expect(verified.session.token.length).toBeGreaterThan(20);
    expect(await accountsWith(fresh)).toEqual([expect.objectContaining({ id: verified.identity.userId })]);
    expect(await statusOf(signIn({ email: fresh, password }, meta()))).toBe(200);
  }, 60_000);

  it("a link activates only with the password chosen at sign-up: a stranger's sign-up cannot be activated by the address's owner", async () => {
    const email = freshEmail("ajena");
    // Someone signs up with another person's address and a password of their own; the mail reaches
    // the address's owner, who opens it and tries to activate with their own password.
    await signUp({ email, password: "clave-del-extrano-77", name: "Extraño" }, meta(), testOrigin);
    const token = await latestSignUpToken(email);
    await expect(verifySignUp({ token, password }, meta())).rejects.toMatchObject({
      status: 403,
      code: "forbidden",
      details: { reason: "password_mismatch" },
    });
    expect(await accountsWith(email)).toEqual([]);
    expect(await signUpLinkFor(token)).toMatchObject({ state: "pending" });
    // The owner signs up again with their own password: that link is theirs, and the stranger's is gone.
    await signUp({ email, password, name: "Dueña" }, meta(), testOrigin);
    await expect(verifySignUp({ token, password: "clave-del-extrano-77" }, meta())).rejects.toMatchObject({
      status: 404,
    });
    const { identity } = await verifySignUp({ token: await latestSignUpToken(email), password }, meta());
    expect(identity.name).toBe("Dueña");
    expect(await statusOf(signIn({ email, password: "clave-del-extrano-77" }, meta()))).toBe(401);
  }, 60_000);

  it("a link works once", async () => {
    const email = freshEmail("una-vez");
    await signUp({ email, password, name: "Una Vez" }, meta(), testOrigin);
    const token = await latestSignUpToken(email);
    await verifySignUp({ token: token, password }, meta());
    await expect(verifySignUp({ token: token, password }, meta())).rejects.toMatchObject({
      status: 409,
      code: "conflict",
      message: expect.stringMatching(/ya se usó/),
    });
    expect(await signUpLinkFor(token)).toMatchObject({ state: "verified" });
    expect(await accountsWith(email)).toHaveLength(1);
  }, 60_000);

  it("a link expires after 24 hours", async () => {
    const email = freshEmail("tarde");
    await signUp({ email, password, name: "Tarde" }, meta(), testOrigin);
    const token = await latestSignUpToken(email);
    const later = new Date(Date.now() + 24 * 3_600_000 + 60_000);
    await expect(verifyPendingSignUp(t.db, { token, password }, later)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/venció/),
    });
    expect(await accountsWith(email)).toEqual([]);
    // Still in time now: the same link works.
    const inTime = new Date(Date.now() + 23 * 3_600_000);
    expect((await verifyPendingSignUp(t.db, { token, password }, inTime)).identity.email).toBe(email);
  }, 60_000);

  it("signing up again replaces the pending sign-up: the newest link and its password win", async () => {
    const email = freshEmail("otra-vez");
    await signUp({ email, password: "primera-clave-123", name: "Primera" }, meta(), testOrigin);
    const first = await latestSignUpToken(email);
    await signUp({ email, password, name: "Segunda", next: "/workspaces/new" }, meta(), testOrigin);
    const second = await latestSignUpToken(email);
    expect(second).not.toBe(first);
    expect(await t.db.select().from(pendingSignUps).where(eq(pendingSignUps.email, email))).toHaveLength(1);

    await expect(verifySignUp({ token: first, password }, meta())).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
    expect(await signUpLinkFor(first)).toBeNull();
    const { identity, next } = await verifySignUp({ token: second, password }, meta());
    expect(identity.name).toBe("Segunda");
    expect(next).toBe("/workspaces/new");
    expect(await statusOf(signIn({ email, password }, meta()))).toBe(200);
    expect(await statusOf(signIn({ email, password: "primera-clave-123" }, meta()))).toBe(401);
  }, 60_000);

  it("`next` is kept only as a same-origin path", async () => {
    const email = freshEmail("afuera");
    await signUp({ email, password, name: "Afuera", next: "/\t/evil.example" }, meta(), testOrigin);
    const { next } = await verifySignUp({ token: await latestSignUpToken(email), password }, meta());
    expect(next).toBe("/");
  }, 60_000);

  it("verifications of one token at once create one account; the others find the link used (409)", async () => {
    const email = freshEmail("carrera");
    await signUp({ email, password, name: "Carrera" }, meta(), testOrigin);
    const token = await latestSignUpToken(email);
    // On PostgreSQL the verifications are made to overlap: the test holds the pending row's lock
    // until all of them have started, so each one really runs alongside the others. (PGlite has one
    // connection: there they queue, and the test checks the outcome only.)
    const gate = driver === "postgres" ? await holdPendingRow(email) : null;
    const attempts = Array.from({ length: 4 }, () => verifySignUp({ token: token, password }, meta()));
    if (gate) {
      await new Promise((r) => setTimeout(r, 500));
      await gate.release();
    }
    const outcomes = await Promise.allSettled(attempts);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    // The losers waited for the winner's lock and found the link used (not a unique-index accident).
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(refused).toEqual(
      Array(3).fill(expect.objectContaining({ status: 409, message: expect.stringMatching(/ya se usó/) })),
    );
    expect(await accountsWith(email)).toHaveLength(1);
  }, 60_000);

  it("an address that got an account meanwhile (another provider) is a clean 409, not a second account", async () => {
    const email = freshEmail("clerk");
    await signUp({ email, password, name: "Por Clerk" }, meta(), testOrigin);
    const token = await latestSignUpToken(email);
    await ensureUserRow({ userId: `user_${randomUUID()}`, email, name: "Por Clerk" });
    await expect(verifySignUp({ token: token, password }, meta())).rejects.toMatchObject({
      status: 409,
      code: "conflict",
      details: { reason: "email_taken" },
    });
    expect(await accountsWith(email)).toHaveLength(1);
  }, 60_000);

  it("an unknown token is a 404", async () => {
    await expect(verifySignUp({ token: "x".repeat(43), password }, meta())).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
  });

  it("the sign-up mails belong to no tenant, and no tenant's admin can read them", async () => {
    const email = freshEmail("sin-espacio");
    await signUp({ email, password, name: "Sin Espacio" }, meta(), testOrigin);
    const rows = await t.db.select().from(outbox).where(eq(outbox.recipient, email));
    expect(rows).toEqual([expect.objectContaining({ tenantId: null, template: "sign_up_verification" })]);

    // An active admin of some tenant, reading the outbox under RLS, sees that tenant's messages only.
    const tenant = await registerTestTenant(t.db);
    const admin = await createLocalAccount({ email: freshEmail("admin"), password, name: "Admin" }, meta());
    await t.db
      .update(tenantMembers)
      .set({ userId: admin.identity.userId, status: "active" })
      .where(and(eq(tenantMembers.tenantId, tenant.id), eq(tenantMembers.status, "invited")));
    const seen = await runWithClaims(
      t.db,
      { sub: admin.identity.userId, tenant_id: tenant.id, tenant_role: "admin" },
      (tx) => tx.select({ tenantId: outbox.tenantId }).from(outbox),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.tenantId === tenant.id)).toBe(true);
    const unclaimed = await runWithClaims(t.db, { sub: admin.identity.userId }, (tx) =>
      tx.select({ id: outbox.id }).from(outbox).where(isNull(outbox.tenantId)),
    );
    expect(unclaimed).toEqual([]);
  }, 60_000);
});
