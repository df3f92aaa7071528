// The RLS catalogue, checked by name: every tenant-owned table has RLS enabled and forced and exactly
// the policies the migration defines. A dropped or renamed policy fails a test that names it, even
// when the behavioural suites would only see it as "nobody can do X any more".
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/lib/db/execute-rows";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";
import { type TableName, tableNames } from "./rls-fixtures";

type Command = "SELECT" | "INSERT" | "UPDATE" | "DELETE";

const readWrite = (table: string): Record<string, Command> => ({
  [`${table}_select`]: "SELECT",
  [`${table}_insert`]: "INSERT",
  [`${table}_update`]: "UPDATE",
  [`${table}_delete`]: "DELETE",
});

const merge = (table: string): Record<string, Command> => ({
  [`${table}_merge_select`]: "SELECT",
  [`${table}_merge_insert`]: "INSERT",
  [`${table}_merge_update`]: "UPDATE",
});

/** Policy name → command, per table, as supabase/migrations/*_row_level_security.sql defines them. */
const expectedPolicies: Record<TableName, Record<string, Command>> = {
  tenants: { tenants_select: "SELECT", tenants_update: "UPDATE" },
  tenant_members: readWrite("tenant_members"),
  tenant_products: readWrite("tenant_products"),
  tenant_domains: readWrite("tenant_domains"),
  tenant_integrations: readWrite("tenant_integrations"),
  provisioning_steps: readWrite("provisioning_steps"),
  api_keys: readWrite("api_keys"),
  mcp_capabilities: readWrite("mcp_capabilities"),
  activity_log: { activity_log_select: "SELECT", activity_log_insert: "INSERT" },
  webhook_events: { webhook_events_select: "SELECT", webhook_events_insert_conversation_read: "INSERT" },
  outbox: { outbox_select: "SELECT" },
  // Plus the Chatwoot contact webhook's merge, under its service claim (20261207006000).
  contacts: { ...readWrite("contacts"), ...merge("contacts") },
  contact_sources: { ...readWrite("contact_sources"), ...merge("contact_sources") },
};

const policyCases = tableNames.flatMap((table) =>
  Object.entries(expectedPolicies[table]).map(([policy, command]) => [table, policy, command]),
);

/** Some of the tables reached only through the privileged connection: no grants, RLS on as a second lock. */
const closedTables = ["users", "sessions", "rate_limit_counters"];

type PolicyRow = { tablename: string; policyname: string; cmd: string; permissive: string; roles: string[] };

describe.each(drivers)("policy coverage on %s", (driver) => {
  let t: TestDatabase;
  let policies: PolicyRow[];
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    policies = await executeRows<PolicyRow>(
      t.db,
      sql`select tablename, policyname, cmd, permissive, roles::text[] as roles
          from pg_policies where schemaname = 'public'`,
    );
  });
  afterAll(() => t?.dispose());

  const rlsFlags = async (table: string) => {
    const [row] = await executeRows<{ enabled: boolean; forced: boolean }>(
      t.db,
      sql`select relrowsecurity as enabled, relforcerowsecurity as forced
          from pg_class where oid = to_regclass(${`public.${table}`})`,
    );
    return row;
  };

  it.each(tableNames)("%s has row-level security enabled and forced", async (table) => {
    expect(await rlsFlags(table)).toEqual({ enabled: true, forced: true });
  });

  it.each(policyCases)("%s has policy %s for %s, permissive, to authenticated only", (table, policy, command) => {
    const found = policies.find((p) => p.tablename === table && p.policyname === policy);
    expect(found, `policy ${policy} on ${table}`).toBeDefined();
    expect(found).toMatchObject({ cmd: command, permissive: "PERMISSIVE", roles: ["authenticated"] });
  });

  it.each(tableNames)("%s has no policy beyond the expected ones", (table) => {
    const names = policies.filter((p) => p.tablename === table).map((p) => p.policyname);
    expect(names.sort()).toEqual(Object.keys(expectedPolicies[table]).sort());
  });

  it.each(tableNames.filter((table) => table !== "tenants"))(
    "%s has an index that leads with tenant_id",
    async (table) => {
      const rows = await executeRows<{ index: string }>(
        t.db,
        sql`select i.indexrelid::regclass::text as index
            from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
            where i.indrelid = to_regclass(${`public.${table}`}) and a.attname = 'tenant_id'`,
      );
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  // The RLS suites walk tenantOwnedTables. Any other table must be out of reach of request code
  // altogether, or a tenant's rows could sit in a table no isolation test looks at.
  it("every other public table is closed: RLS on and nothing granted to anon, authenticated or PUBLIC", async () => {
    const rows = await executeRows<{ table_name: string; rls: boolean; reachable_by: string[] }>(
      t.db,
      sql`select c.relname as table_name, c.relrowsecurity as rls,
                 array(select g from unnest(array['anon', 'authenticated', 'public']) as g
                       where has_table_privilege(g, c.oid, 'select, insert, update, delete, truncate')) as reachable_by
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
          order by c.relname`,
    );
    const guarded = new Set<string>(tableNames);
    const others = rows.filter((r) => !guarded.has(r.table_name));
    expect(others.map((r) => r.table_name)).toEqual(expect.arrayContaining(closedTables));
    expect(others.filter((r) => !r.rls || r.reachable_by.length > 0)).toEqual([]);
  });

  // A SECURITY DEFINER function runs past RLS. Each one authenticated can call must have isolation
  // tests (tenant-functions.test.ts, rls.test.ts, contacts.sandbox.test.ts, member-invitations.test.ts); a new one fails here until it is added to this list.
  it("authenticated can execute exactly the reviewed SECURITY DEFINER functions", async () => {
    const rows = await executeRows<{ fn: string }>(
      t.db,
      sql`select n.nspname || '.' || p.proname as fn
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where p.prosecdef and n.nspname in ('public', 'app')
            and has_function_privilege('authenticated', p.oid, 'execute')
          order by 1`,
    );
    expect(rows.map((r) => r.fn)).toEqual([
      "app.contact_match_ids",
      "app.erase_contact",
      "app.is_member",
      "app.issue_member_invitation",
      "app.member_names",
      "app.member_role",
      "public.create_tenant_minimal",
    ]);
  });
});
