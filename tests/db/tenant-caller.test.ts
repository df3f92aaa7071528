// The statement every tenant request starts with, on each driver: session, membership and the proxy's
// rate-limit hits in one round trip. Hits are counted for members only, once per key and request.
import { randomBytes } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxyLimits } from "@/lib/api/service-route";
import { resolveTenantCaller } from "@/lib/api/tenant-caller";
import { hashToken } from "@/lib/auth/local-sessions";
import { rateLimitCounters, sessions, tenantMembers } from "@/lib/db/schema";
import { windowStart } from "@/lib/rate-limit";
import {
  createEventDatabase,
  drivers,
  type EventDatabase,
  seedTenant,
  type TenantFixture,
} from "../events/event-database";

describe.each(drivers)("the tenant caller statement on %s", (driver) => {
  let database: EventDatabase;
  let a: TenantFixture;
  let b: TenantFixture;

  /** A session for the user, stored as lib/auth/local-sessions stores one (the token's hash). */
  async function sessionFor(userId: string, opts: { revoked?: boolean } = {}) {
    const token = randomBytes(32).toString("base64url");
    await database.db.insert(sessions).values({
      id: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + 86_400_000),
      revokedAt: opts.revoked ? new Date() : null,
    });
    return token;
  }
  const resolve = (token: string, tenantId: unknown, countUpstreamCall = true) =>
    resolveTenantCaller(database.db, { sessionHash: hashToken(token) }, tenantId, { countUpstreamCall });
  const counters = (prefix: string) =>
    database.db
      .select({ key: rateLimitCounters.key, count: rateLimitCounters.count })
      .from(rateLimitCounters)
      .where(like(rateLimitCounters.key, `${prefix}%`));

  beforeAll(async () => {
    database = await createEventDatabase(driver);
    a = await seedTenant(database, "ferreteria");
    b = await seedTenant(database, "panaderia");
  });
  afterAll(() => database?.dispose());

  it("a member gets identity, membership and one hit on the tenant's and on the user's key", async () => {
    const token = await sessionFor(a.userId);
    const caller = await resolve(token, a.tenantId);
    expect(caller.identity).toMatchObject({ userId: a.userId, name: "ferreteria" });
    expect(caller.tenant).toMatchObject({ id: a.tenantId, role: "admin", status: expect.any(String) });
    expect(caller.upstream?.limited).toBeNull();
    await resolve(token, a.tenantId);
    expect(await counters(`${proxyLimits.tenant.prefix}${a.tenantId}`)).toEqual([
      { key: `${proxyLimits.tenant.prefix}${a.tenantId}`, count: 2 },
    ]);
    expect(await counters(`${proxyLimits.user.prefix}${a.userId}`)).toEqual([
      { key: `${proxyLimits.user.prefix}${a.userId}`, count: 2 },
    ]);
  });

  it("a route that calls no upstream counts nothing", async () => {
    const t = await seedTenant(database, "libreria");
    const caller = await resolve(await sessionFor(t.userId), t.tenantId, false);
    expect(caller.tenant?.id).toBe(t.tenantId);
    expect(caller.upstream).toBeUndefined();
    expect(await counters(`${proxyLimits.tenant.prefix}${t.tenantId}`)).toEqual([]);
  });

  it("someone else's tenant, a membership not yet active and a malformed id: no membership, and nothing counted", async () => {
    const token = await sessionFor(a.userId);
    for (const tenantId of [b.tenantId, "not-a-uuid", undefined, ["x"]]) {
      const caller = await resolve(token, tenantId);
      expect(caller.identity?.userId).toBe(a.userId);
      expect(caller.tenant).toBeNull();
    }
    expect(await counters(`${proxyLimits.tenant.prefix}${b.tenantId}`)).toEqual([]);

    const t = await seedTenant(database, "verduleria");
    const member = await sessionFor(t.userId);
    await database.db
      .update(tenantMembers)
      .set({ status: "invited" })
      .where(and(eq(tenantMembers.tenantId, t.tenantId), eq(tenantMembers.userId, t.userId)));
    expect((await resolve(member, t.tenantId)).tenant).toBeNull();
  });

  it("a revoked or unknown session is nobody", async () => {
    expect(await resolve(await sessionFor(a.userId, { revoked: true }), a.tenantId)).toEqual({
      identity: null,
      tenant: null,
    });
    expect((await resolve("no-such-token", a.tenantId)).identity).toBeNull();
  });

  it("over the user's limit: limited with Retry-After; a refund gives a refused request's hits back", async () => {
    const t = await seedTenant(database, "botilleria");
    const token = await sessionFor(t.userId);
    const userKey = `${proxyLimits.user.prefix}${t.userId}`;
    const start = windowStart(60);
    await database.db
      .insert(rateLimitCounters)
      .values({ key: userKey, windowStart: start, count: proxyLimits.user.limit - 1 });
    const last = await resolve(token, t.tenantId);
    expect(last.upstream?.limited).toBeNull();
    const over = await resolve(token, t.tenantId);
    expect(over.upstream?.limited?.retryAfter).toBeGreaterThan(0);

    const tenantKey = `${proxyLimits.tenant.prefix}${t.tenantId}`;
    await last.upstream?.refund();
    expect(await counters(tenantKey)).toEqual([{ key: tenantKey, count: 1 }]);
    expect(await counters(userKey)).toEqual([{ key: userKey, count: proxyLimits.user.limit }]);
  });
});
