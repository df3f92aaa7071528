// Tenant isolation for writes under row-level security, on every test driver: every table of
// tenantOwnedTables, every role, every operation. Each attempt runs in its own transaction as
// `authenticated` (like request code) and commits when it succeeds; the owner then checks the data.
import type { SQL } from "drizzle-orm";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claims } from "@/lib/db/claims";
import { type Role, roles } from "@/lib/db/roles";
import { tenantMembers, tenants } from "@/lib/db/schema";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";
import {
  expectedAccess,
  type Fixture,
  members,
  type Operation,
  seedFixture,
  type TableName,
  tableNames,
  tableSpecs,
} from "./rls-fixtures";
import {
  affected,
  attempt,
  attemptRolledBack,
  deleteWhere,
  insertRow,
  NO_EFFECT,
  ownedBy,
  ownerInsert,
  ownerRows,
  ownerSnapshot,
  REFUSED,
  type Row,
  rowCondition,
  tableOf,
  updateWhere,
} from "./rls-helpers";

const operations: Operation[] = ["insert", "update", "delete"];
type Verdict = "allowed" | "refused";
/** [table, operation, role of A's member, what the policies should answer], for every combination. */
const cases = tableNames.flatMap((name) =>
  operations.flatMap((op) =>
    roles.map((role): [TableName, Operation, Role, Verdict] => [
      name,
      op,
      role,
      expectedAccess[name][op].includes(role) ? "allowed" : "refused",
    ]),
  ),
);

describe.each(drivers)("row-level security writes on %s", (driver) => {
  let t: TestDatabase;
  let fx: Fixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    fx = await seedFixture(t.db);
  });
  afterAll(() => t?.dispose());

  let tagCount = 0;
  const nextTag = () => `w${++tagCount}`;

  /** Claims of A's member; tenant_role is always a forged "admin": policies must ignore it. */
  const memberOfA = (role: Role, claimedTenant: string): Claims => ({
    sub: members.A[role],
    tenant_id: claimedTenant,
    tenant_role: "admin",
  });

  const ownerRow = async (name: TableName, where: SQL): Promise<Row | undefined> =>
    (await t.db.select().from(tableOf(name)).where(where))[0];

  /** Frees the fixture's slot for a fresh row where the key space is full, and refills it after. */
  async function withRoom<T>(name: TableName, tenantId: string, fn: () => Promise<T>): Promise<T> {
    const spec = tableSpecs[name];
    if (spec.makeRoom) await t.db.execute(spec.makeRoom(tenantId));
    try {
      return await fn();
    } finally {
      if (spec.restore) await t.db.execute(spec.restore(tenantId));
    }
  }

  /**
   * Runs fn against one row of tenant A: a fresh row the owner inserts (and removes after), or for
   * `tenants` the tenant's own row. Targeting one row keeps the fixture intact for other tests.
   */
  async function withTargetInA(name: TableName, fn: (where: SQL) => Promise<void>): Promise<void> {
    if (name === "tenants") return fn(eq(tenants.id, fx.tenant.A));
    await withRoom(name, fx.tenant.A, async () => {
      const row = await ownerInsert(t.db, name, tableSpecs[name].fresh(fx, fx.tenant.A, nextTag()));
      const where = rowCondition(name, row);
      try {
        await fn(where);
      } finally {
        await deleteWhere(name, where)(t.db);
      }
    });
  }

  describe("a member of A writing into B", () => {
    it.each(cases)(
      "%s: %s aimed at B by A's %s has no effect, claiming A or forging a claim to B",
      async (name, op, role, verdict) => {
        const spec = tableSpecs[name];
        const before = await ownerSnapshot(t.db, name, fx.tenant.B);
        const rowsOfA = (await ownerSnapshot(t.db, name, fx.tenant.A)).length;
        for (const claimed of [fx.tenant.A, fx.tenant.B]) {
          const claims = memberOfA(role, claimed);
          if (op === "insert") {
            // WITH CHECK judges the new row and raises.
            const outcome = await attempt(t.db, claims, insertRow(name, spec.fresh(fx, fx.tenant.B, nextTag())));
            expect(affected(outcome)).toBe(REFUSED);
            continue;
          }
          const write = (where?: SQL) =>
            op === "update" ? updateWhere(name, spec.change, where) : deleteWhere(name, where);
          // B's rows by tenant_id: filtered out by USING (and by SELECT policies, as the WHERE reads rows).
          expect(NO_EFFECT).toContain(affected(await attempt(t.db, claims, write(ownedBy(name, fx.tenant.B)))));
          // Every row, no WHERE: now only the command's own policy stands between A and B. It may
          // touch exactly A's rows, and only when claiming A with a role allowed to write them.
          const everything = await attemptRolledBack(t.db, claims, write());
          if (claimed === fx.tenant.A && verdict === "allowed") expect(affected(everything)).toBe(rowsOfA);
          else expect(NO_EFFECT).toContain(affected(everything));
        }
        expect(await ownerSnapshot(t.db, name, fx.tenant.B)).toEqual(before);
      },
    );

    it.each(tableNames)("%s: A's admin cannot move A's rows into B", async (name) => {
      const moveToB = { [name === "tenants" ? "id" : "tenantId"]: fx.tenant.B };
      // No WHERE, so no SELECT policy checks the new rows: WITH CHECK alone must refuse them.
      const outcome = await attemptRolledBack(t.db, memberOfA("admin", fx.tenant.A), updateWhere(name, moveToB));
      if (expectedAccess[name].update.includes("admin")) expect(affected(outcome)).toBe(REFUSED);
      else expect(NO_EFFECT).toContain(affected(outcome));
    });

    it("A's admin cannot make themself a member of B", async () => {
      const membership = { tenantId: fx.tenant.B, userId: members.A.admin, email: "intruso@example.cl", role: "admin" };
      for (const claimed of [fx.tenant.A, fx.tenant.B]) {
        const outcome = await attempt(t.db, memberOfA("admin", claimed), insertRow("tenant_members", membership));
        expect(affected(outcome)).toBe(REFUSED);
      }
      const rows = await t.db.select().from(tenantMembers).where(eq(tenantMembers.userId, members.A.admin));
      expect(rows.map((m) => m.tenantId)).toEqual([fx.tenant.A]);
    });
  });

  describe("within tenant A", () => {
    const claimsIn = (role: Role): Claims => memberOfA(role, fx.tenant.A);

    it.each(cases)("%s: %s by A's %s is %s", async (name, op, role, verdict) => {
      const spec = tableSpecs[name];
      const allowed = verdict === "allowed";

      if (op === "insert") {
        await withRoom(name, fx.tenant.A, async () => {
          const before = await ownerRows(t.db, name);
          const outcome = await attempt(t.db, claimsIn(role), insertRow(name, spec.fresh(fx, fx.tenant.A, nextTag())));
          const after = await ownerRows(t.db, name);
          if (!allowed) {
            expect(affected(outcome)).toBe(REFUSED);
            expect(after).toHaveLength(before.length);
            return;
          }
          expect(affected(outcome)).toBe(1);
          expect(after).toHaveLength(before.length + 1);
          const existing = new Set(before.map((row) => JSON.stringify(row)));
          for (const added of after.filter((row) => !existing.has(JSON.stringify(row)))) {
            await deleteWhere(name, rowCondition(name, added))(t.db);
          }
        });
        return;
      }

      await withTargetInA(name, async (where) => {
        const before = await ownerRow(name, where);
        const write = op === "update" ? updateWhere(name, spec.change, where) : deleteWhere(name, where);
        const outcome = await attempt(t.db, claimsIn(role), write);
        const after = await ownerRow(name, where);
        if (!allowed) {
          expect(NO_EFFECT).toContain(affected(outcome));
          expect(after).toEqual(before);
        } else if (op === "update") {
          expect(affected(outcome)).toBe(1);
          expect(after).toMatchObject(spec.change);
        } else {
          expect(affected(outcome)).toBe(1);
          expect(after).toBeUndefined();
        }
      });
    });
  });
});
