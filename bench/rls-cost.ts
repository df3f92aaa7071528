// Part 4: what row-level security costs on PostgreSQL. 1,000 tenants × 1,000 contacts in a database of
// its own; a tenant's contacts page and a prefix search, each as the app runs it (the API's own
// listContacts inside withTenant's transaction: `authenticated`, the tenant claimed, RLS filtering) and
// as the owner running the plain statement with only the explicit tenant filter, as an app without RLS
// would. Needs `--conditions=react-server` (package.json's bench script) to load the server modules.
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import postgres from "postgres";
import { contactListQuerySchema } from "../lib/contacts/filters";
import { contactRowColumns, listContacts } from "../lib/contacts/list-contacts";
import { runWithClaims } from "../lib/db/claims";
import { migrate } from "../lib/db/migrate";
import { type Database, type Db, openDatabase } from "../lib/db/open";
import { contacts } from "../lib/db/schema";
import { postgresServerUrl } from "./databases";
import type { Record } from "./figures";
import { percentile, round } from "./stats";

const DATABASE = "bench_rls";
const PAGE_SIZE = 50;

export type RlsBench = { measure(record: Record): Promise<void>; dispose(): Promise<void> };

/**
 * Creates and seeds the database; measuring comes later. Seeding takes a minute or two, so the bench
 * runs it beside the build, when nothing is being timed.
 */
export async function prepareRls(note: (text: string) => void, options: { quick: boolean }): Promise<RlsBench | null> {
  const serverUrl = await postgresServerUrl();
  if (!serverUrl) {
    note("rls: skipped, no PostgreSQL (set TEST_DATABASE_URL or run one on 127.0.0.1:5432)");
    return null;
  }
  const tenants = options.quick ? 100 : 1_000;
  const perTenant = 1_000;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
  await admin.unsafe(`create database ${DATABASE}`);
  const database = openDatabase({ url: url.toString(), poolSize: 2 });
  const dispose = async () => {
    await database.close();
    await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
    await admin.end();
  };
  try {
    await migrate(database);
    const t0 = performance.now();
    await seed(url.toString(), tenants, perTenant);
    console.log(
      `  rls: seeded ${tenants} tenants × ${perTenant} contacts in ${round((performance.now() - t0) / 1000)} s`,
    );
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    measure: (record) => measure(record, note, database, { tenants, perTenant, quick: options.quick }),
    dispose,
  };
}

async function measure(
  record: Record,
  note: (text: string) => void,
  database: Database,
  { tenants, perTenant, quick }: { tenants: number; perTenant: number; quick: boolean },
) {
  // Tenants spread over the table, each with its one staff member.
  const sample = Array.from({ length: 20 }, (_, i) => 1 + Math.floor((i * tenants) / 20));
  const rounds = quick ? 2 : 10;
  const sides = ["rls", "tx", "owner"] as const;
  type Side = (typeof sides)[number];
  const samples = new Map<string, number[]>();
  const claims = (n: number) => ({ sub: `bench-user-${n}`, tenant_id: tenantUuid(n), tenant_role: "staff" });
  const once = (side: Side, n: number, q: string) => {
    const tenantId = tenantUuid(n);
    if (side === "rls")
      return runWithClaims(database.db, claims(n), (tx) =>
        listContacts(tx, tenantId, contactListQuerySchema.parse({ q })),
      );
    // The same transaction and claims as withTenant but still the owner: what is left is the policies' cost.
    if (side === "tx")
      return database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('request.jwt.claims', ${JSON.stringify(claims(n))}, true)`);
        return contactsPage(tx as unknown as Db, tenantId, q);
      });
    return contactsPage(database.db, tenantId, q);
  };
  const run = async (side: Side, q: string) => {
    const key = `${side}:${q}`;
    const out = samples.get(key) ?? [];
    samples.set(key, out);
    for (const n of sample) {
      const started = performance.now();
      await once(side, n, q);
      out.push(performance.now() - started);
    }
  };
  // One pass of each to warm the caches, then the sides take turns leading, round by round.
  for (const side of sides) for (const q of ["", "mar"]) await run(side, q);
  samples.clear();
  const check = await once("rls", 1, "");
  if (check.total !== perTenant) note(`rls: withTenant saw ${check.total} contacts, expected ${perTenant}`);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < sides.length; i++) {
      const side = sides[(i + r) % sides.length];
      await run(side, "");
      await run(side, "mar");
    }
  }
  const p = (side: Side, q: string, pct: number) => percentile(samples.get(`${side}:${q}`) ?? [], pct);
  const figures = (name: string, label: string, q: string) => {
    record(`rls.${name}.rls.p50`, `${label}: withTenant p50`, round(p("rls", q, 50), 2), "ms");
    record(`rls.${name}.owner.p50`, `${label}: owner + filter p50`, round(p("owner", q, 50), 2), "ms");
    record(
      `rls.${name}.ratio.p50`,
      `${label}: withTenant/owner p50`,
      round(p("rls", q, 50) / p("owner", q, 50), 2),
      "x",
    );
    record(`rls.${name}.tx.p50`, `${label}: owner in withTenant's transaction p50`, round(p("tx", q, 50), 2), "ms");
    record(
      `rls.${name}.policy_ratio.p50`,
      `${label}: withTenant/same transaction p50`,
      round(p("rls", q, 50) / p("tx", q, 50), 2),
      "x",
    );
    record(`rls.${name}.rls.p99`, `${label}: withTenant p99`, round(p("rls", q, 99), 2), "ms");
    record(`rls.${name}.owner.p99`, `${label}: owner + filter p99`, round(p("owner", q, 99), 2), "ms");
  };
  figures("page", "page 1 by name (+ count)", "");
  figures("search", "search 'mar' (+ count)", "mar");
  console.log(
    `  p50 withTenant / transaction / owner: page ${[p("rls", "", 50), p("tx", "", 50), p("owner", "", 50)].map((v) => round(v, 2))} ms; search ${[p("rls", "mar", 50), p("tx", "mar", 50), p("owner", "mar", 50)].map((v) => round(v, 2))} ms`,
  );
}

/** The contacts list without RLS's help: page 1 sorted by name, and its total, optionally searched. */
async function contactsPage(db: Db, tenantId: string, q: string) {
  const parts: SQL[] = [eq(contacts.tenantId, tenantId)];
  if (q) parts.push(sql`${contacts.search} like ${`%${q}%`}`);
  const where = and(...parts) as SQL;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(contactRowColumns)
      .from(contacts)
      .where(where)
      .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id))
      .limit(PAGE_SIZE)
      .offset(0),
    db.select({ total: sql<number>`count(*)::int` }).from(contacts).where(where),
  ]);
  return { rows, total };
}

const tenantUuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/**
 * Rows straight from generate_series as the owner, in two sessions at once (one per core). The
 * migration's indexes are dropped first and rebuilt from their own definitions afterwards, and the
 * search text is computed by the trigger's own function inline: one pass instead of a million.
 */
async function seed(url: string, tenants: number, perTenant: number) {
  const sessions = [0, 1].map(() => postgres(url, { max: 1, onnotice: () => {} }));
  const [first] = sessions;
  try {
    await first.unsafe(`
      insert into public.tenants (id, slug, legal_name, plan)
      select ${tenantUuidSql("g")}, 'bench-' || g, 'Comercial ' || g || ' SpA', 'basic'
      from generate_series(1, ${tenants}) g;
      insert into public.users (id, email, name)
      select 'bench-user-' || g, 'equipo' || g || '@bench.smarterbot.cl', 'Equipo ' || g from generate_series(1, ${tenants}) g;
      insert into public.tenant_members (tenant_id, user_id, email, role)
      select ${tenantUuidSql("g")}, 'bench-user-' || g, 'equipo' || g || '@bench.smarterbot.cl', 'staff'
      from generate_series(1, ${tenants}) g;
    `);
    const indexes = await first<{ name: string; def: string }[]>`
      select indexname as name, indexdef as def from pg_indexes
      where schemaname = 'public' and tablename = 'contacts' and indexname <> 'contacts_pkey'`;
    for (const index of indexes) await first.unsafe(`drop index public.${index.name}`);
    await first.unsafe("alter table public.contacts disable trigger contacts_before_write");
    const t0 = performance.now();
    const half = Math.ceil(tenants / 2);
    await Promise.all(
      sessions.map((session, i) =>
        session.unsafe(contactsInsert(i * half + 1, Math.min(tenants, (i + 1) * half), perTenant)),
      ),
    );
    await first.unsafe("alter table public.contacts enable trigger contacts_before_write");
    const t1 = performance.now();
    // The trigram index is the long one: it gets a session to itself, the others share the second.
    const [search, others] = [
      indexes.filter((x) => x.def.includes("gin_trgm_ops")),
      indexes.filter((x) => !x.def.includes("gin_trgm_ops")),
    ];
    await Promise.all(
      [search, others].map(async (group, i) => {
        await sessions[i].unsafe("set maintenance_work_mem = '512MB'");
        for (const index of group) await sessions[i].unsafe(index.def);
      }),
    );
    console.log(`  rows ${round((t1 - t0) / 1000)} s, indexes ${round((performance.now() - t1) / 1000)} s`);
    await first.unsafe("analyze public.contacts; analyze public.tenant_members; analyze public.tenants");
  } finally {
    await Promise.all(sessions.map((s) => s.end()));
  }
}

const tenantUuidSql = (n: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

function contactsInsert(fromTenant: number, toTenant: number, perTenant: number) {
  return `
    with names as (
      select array['María','José','Juan','Camila','Diego','Valentina','Matías','Francisca','Benjamín','Catalina',
                   'Sebastián','Javiera','Tomás','Constanza','Felipe','Isidora','Nicolás','Martina','Cristóbal','Antonia',
                   'Marcela','Rodrigo','Paula','Andrés','Carolina','Gonzalo','Fernanda','Ignacio','Daniela','Mario'] as first,
             array['González','Muñoz','Rojas','Díaz','Pérez','Soto','Contreras','Silva','Martínez','Sepúlveda',
                   'Morales','Rodríguez','López','Fuentes','Hernández','Torres','Araya','Flores','Espinoza','Valenzuela',
                   'Castillo','Tapia','Reyes','Gutiérrez','Castro','Pizarro','Álvarez','Vásquez','Sánchez','Marambio'] as last
    ), rows as (
      select ${tenantUuidSql("t")} as tenant_id,
             names.first[1 + (c * 7 + t) % 30] || ' ' || names.last[1 + (c * 13 + t * 3) % 30] as name,
             (5000000 + t * 1000 + c)::text || '-' || ((t + c) % 10)::text as rut,
             array[lower(names.first[1 + (c * 7 + t) % 30]) || '.' || c || '@correo' || t || '.cl'] as emails,
             array['+569' || lpad((t * 1000 + c)::text, 8, '0')] as phones,
             case when c % 7 = 0 then array['mayorista'] when c % 11 = 0 then array['vip', 'constructora'] else '{}'::text[] end as tags,
             case when c % 3 = 0 then array['chatwoot', 'odoo'] else array['chatwoot'] end as sources,
             c % 9 = 0 as open,
             case when c % 13 = 0 then 1 + c % 4 else 0 end as unpaid
      from generate_series(${fromTenant}, ${toTenant}) t, generate_series(1, ${perTenant}) c, names
    )
    insert into public.contacts
      (tenant_id, name, rut, emails, phones, tags, sources, has_open_conversation, unpaid_invoices, search)
    select tenant_id, name, rut, emails, phones, tags, sources, open, unpaid,
           app.contact_search_text(name, rut, emails, phones)
    from rows
  `;
}
