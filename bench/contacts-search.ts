// Contactos search at 100,000 contacts in one tenant on PostgreSQL, through the API's own list query
// (lib/contacts/list-contacts.ts) under RLS as a staff member, the way a request runs it.
// `node --conditions=react-server --import tsx bench/contacts-search.ts` (the condition lets the
// server-only modules load outside Next). Seeds its own database and drops it at the end.
import postgres from "postgres";
import { contactListQuerySchema } from "../lib/contacts/filters";
import { listContacts } from "../lib/contacts/list-contacts";
import { runWithClaims } from "../lib/db/claims";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open";
import { formatRut, rutCheckDigit } from "../lib/format/rut";
import { FIRST_NAMES as FIRST, SURNAMES as LAST } from "../sandbox/seed/names";
import { percentile, round } from "./stats";

const DATABASE = "bench_contacts";
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const TENANT = "00000000-0000-4000-8000-00000000c0de";
const USER = "bench-contacts-staff";

const TAGS = ["mayorista", "frecuente", "nuevo", "moroso", "vip"];

export async function measureContactSearch(serverUrl: string) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
  await admin.unsafe(`create database ${DATABASE}`);
  const database = openDatabase({ url: url.toString(), poolSize: 2 });
  try {
    await migrate(database);
    const seeded = performance.now();
    const raw = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await raw.unsafe(`
      insert into public.tenants (id, slug, legal_name, plan) values ('${TENANT}', 'bench-contacts', 'Ferretería Bench SpA', 'pro');
      insert into public.users (id, email, name) values ('${USER}', 'staff@bench.cl', 'Staff');
      insert into public.tenant_members (tenant_id, user_id, email, role) values ('${TENANT}', '${USER}', 'staff@bench.cl', 'staff');`);
    const sample: { rut: string; phone: string; name: string }[] = [];
    for (let start = 0; start < CONTACTS; start += 5_000) {
      const rows = Array.from({ length: Math.min(5_000, CONTACTS - start) }, (_, j) => {
        const i = start + j;
        const body = String(8_000_000 + i * 97);
        const first = FIRST[i % FIRST.length];
        const last = `${LAST[(i * 7) % LAST.length]} ${LAST[(i * 13) % LAST.length]}`;
        const phone = `+569${String(10_000_000 + i * 811).slice(-8)}`;
        const row = {
          tenant_id: TENANT,
          name: `${first} ${last}`,
          rut: `${body}-${rutCheckDigit(body)}`,
          emails: [
            `${first}.${i}@correo.cl`
              .toLowerCase()
              .normalize("NFD")
              .replace(/[\u0300-\u036f]/g, ""),
          ],
          phones: [phone],
          tags: i % 10 === 0 ? [TAGS[(i / 10) % TAGS.length]] : [],
          sources: i % 3 === 0 ? ["chatwoot", "odoo"] : ["odoo"],
          has_open_conversation: i % 3 === 0 && i % 20 === 0,
          unpaid_invoices: i % 50 === 0 ? 1 + (i % 3) : 0,
        };
        if (i % 9_973 === 0) sample.push({ rut: row.rut, phone, name: row.name });
        return row;
      });
      await raw`insert into public.contacts ${raw(rows)}`;
    }
    // As autovacuum leaves a settled table: statistics and the visibility map.
    await raw.unsafe("vacuum analyze public.contacts");
    await raw.end();
    console.log(
      `  seeded ${CONTACTS.toLocaleString("en")} contacts in ${round((performance.now() - seeded) / 1000)} s`,
    );

    const ctx = { sub: USER, tenant_id: TENANT, tenant_role: "staff" };
    const list = (q: Record<string, string>) =>
      runWithClaims(database.db, ctx, (tx) => listContacts(tx, TENANT, contactListQuerySchema.parse(q)));
    const cases: [string, (i: number) => Record<string, string>][] = [
      ["first page by name", () => ({})],
      ["page 1,000 by name", () => ({ page: "1000" })],
      ["recent first", () => ({ sort: "recent" })],
      ["name 'gonz'", () => ({ q: "gonz" })],
      ["a full name", (i) => ({ q: sample[i % sample.length].name })],
      ["RUT with dots", (i) => ({ q: formatRut(sample[i % sample.length].rut) })],
      ["phone +56 9 …", (i) => ({ q: sample[i % sample.length].phone.replace(/^\+569(\d{4})/, "+56 9 $1 ") })],
      ["tag filter", () => ({ tag: "vip" })],
      ["source + open filter", () => ({ source: "chatwoot", open: "1" })],
      ["unpaid invoices", () => ({ unpaid: "1" })],
      ["source chatwoot (a third)", () => ({ source: "chatwoot" })],
    ];
    const rows: { case: string; p50: number; p95: number; total: number }[] = [];
    for (const [name, q] of cases) {
      for (let i = 0; i < 3; i++) await list(q(i));
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        total = (await list(q(i))).total;
        times.push(performance.now() - t0);
      }
      rows.push({ case: name, p50: round(percentile(times, 50), 1), p95: round(percentile(times, 95), 1), total });
    }
    return rows;
  } finally {
    await database.close();
    if (!process.env.BENCH_KEEP) await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  measureContactSearch(url).then((rows) => {
    console.log(`\nContactos list at ${CONTACTS.toLocaleString("en")} contacts (PostgreSQL, RLS, ms)\n`);
    console.log("| query | p50 | p95 | matches |\n|---|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.case} | ${r.p50} | ${r.p95} | ${r.total} |`);
  });
}
