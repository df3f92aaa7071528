import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWithClaims } from "@/lib/db/claims";
import { executeRows } from "@/lib/db/execute-rows";
import { tenants, users } from "@/lib/db/schema";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";

describe.each(drivers)("smoke on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await t.db.insert(users).values([{ id: "u1", email: "a@x.cl" }, { id: "u2", email: "b@x.cl" }]);
  });
  afterAll(() => t.dispose());

  it("creates a tenant as a user and hides it from others", async () => {
    const [row] = await runWithClaims(t.db, { sub: "u1" }, (tx) =>
      executeRows<{ id: string }>(tx, sql`select public.create_tenant_minimal('acme', 'Acme', 'a@x.cl') as id`),
    );
    expect(row.id).toMatch(/-/);
    const mine = await runWithClaims(t.db, { sub: "u1" }, (tx) => tx.select().from(tenants));
    const theirs = await runWithClaims(t.db, { sub: "u2" }, (tx) => tx.select().from(tenants));
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(0);
  });
});
