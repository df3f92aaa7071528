// The outbox sender (each row delivered once even with two senders, retries with backoff, permanent
// failures) and Idempotency-Key handling for POST /api/tenants.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/lib/db/schema";
import { idempotent } from "@/lib/onboarding/idempotency";
import { deliverDueMessages } from "@/lib/outbox/sender";
import { type OutgoingMessage, PermanentDeliveryError, type Transport } from "@/lib/outbox/transports";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { registerTestTenant } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase("pglite");
});
afterAll(() => t?.dispose());

const recording = () => {
  const sent: OutgoingMessage[] = [];
  const transport: Transport = async (m) => {
    sent.push(m);
  };
  return { sent, transport };
};
// The confirmation link only (a back-office tenant's first admin also gets an invitation link).
const rowsOf = (tenantId: string) =>
  t.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.tenantId, tenantId), eq(outbox.template, "signup_confirmation")));

describe("outbox sender", () => {
  it("delivers each pending message once, even with two senders at the same moment", async () => {
    const tenant = await registerTestTenant(t.db);
    const a = recording();
    const b = recording();
    await Promise.all([deliverDueMessages(t.db, a.transport), deliverDueMessages(t.db, b.transport)]);
    const mine = [...a.sent, ...b.sent].filter((m) => m.tenantId === tenant.id && m.template === "signup_confirmation");
    expect(mine.map((m) => m.channel).sort()).toEqual(["email", "whatsapp"]);
    expect(mine[0].payload.link).toContain("/onboarding/confirm?");
    expect((await rowsOf(tenant.id)).map((r) => r.status)).toEqual(["sent", "sent"]);
    const again = recording();
    await deliverDueMessages(t.db, again.transport);
    expect(again.sent.filter((m) => m.tenantId === tenant.id && m.template === "signup_confirmation")).toEqual([]);
  });

  it("retries a failed delivery later, and gives up at once on a permanent failure", async () => {
    await deliverDueMessages(t.db, recording().transport);
    const tenant = await registerTestTenant(t.db);
    const now = new Date();
    const flaky: Transport = async (m) => {
      if (m.channel === "email") throw new Error("SMTP 451");
      throw new PermanentDeliveryError("número inválido");
    };
    await deliverDueMessages(t.db, flaky, { now });
    const rows = await rowsOf(tenant.id);
    const email = rows.find((r) => r.channel === "email");
    const whatsapp = rows.find((r) => r.channel === "whatsapp");
    expect(email).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP 451" });
    expect(whatsapp).toMatchObject({ status: "failed", lastError: "número inválido" });

    // Not due yet: nothing is sent again right away...
    const early = recording();
    await deliverDueMessages(t.db, early.transport, { now: new Date(now.getTime() + 5_000) });
    expect(early.sent.filter((m) => m.tenantId === tenant.id)).toEqual([]);
    // ...but after the backoff it is.
    const later = recording();
    await deliverDueMessages(t.db, later.transport, { now: new Date(now.getTime() + 60_000) });
    expect(
      later.sent.filter((m) => m.tenantId === tenant.id && m.template === "signup_confirmation").map((m) => m.channel),
    ).toEqual(["email"]);
    expect((await rowsOf(tenant.id)).find((r) => r.channel === "email")).toMatchObject({ status: "sent", attempts: 2 });
  });
});

describe("Idempotency-Key", () => {
  it("runs once per key, replays the first answer, refuses another body, and frees the key on failure", async () => {
    const key = randomUUID();
    let runs = 0;
    const create = async () => ({ status: 201, body: { run: ++runs } });
    const scope = { caller: "service", key, body: { rut: "1" } };

    const first = await idempotent(t.db, scope, create);
    expect(first.status).toBe(201);
    const replay = await idempotent(t.db, scope, create);
    expect(await replay.json()).toEqual({ run: 1 });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(runs).toBe(1);

    await expect(idempotent(t.db, { ...scope, body: { rut: "2" } }, create)).rejects.toMatchObject({
      code: "unprocessable",
    });
    // Keys belong to their caller.
    expect((await idempotent(t.db, { ...scope, caller: "user:x" }, create)).status).toBe(201);
    expect(runs).toBe(2);

    const failing = { caller: "service", key: randomUUID(), body: {} };
    await expect(
      idempotent(t.db, failing, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await idempotent(t.db, failing, create)).status).toBe(201);
  });
});
