// Contactos against a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set) and the
// sandbox's Chatwoot and Odoo: sync and merge, unmerge, search, tags, CSV round trip, import
// all-or-nothing, erasure and tenant isolation. Every call runs as a member under RLS, like a request.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkTag } from "@/lib/contacts/bulk-tags";
import { applyContactEvent } from "@/lib/contacts/contact-webhook";
import { eraseContact, exportPersonalData } from "@/lib/contacts/data-subject";
import { exportContacts } from "@/lib/contacts/export-contacts";
import { contactListQuerySchema } from "@/lib/contacts/filters";
import { getContact } from "@/lib/contacts/get-contact";
import { importContacts } from "@/lib/contacts/import-contacts";
import { listContacts } from "@/lib/contacts/list-contacts";
import { applyContactFlags, mergeRecords } from "@/lib/contacts/merge-records";
import {
  readChatwootContacts,
  readOdooPartners,
  readOpenConversationContacts,
  readUnpaidInvoices,
} from "@/lib/contacts/read-upstream";
import { unmergeSource } from "@/lib/contacts/unmerge-source";
import { runWithClaims } from "@/lib/db/claims";
import { executeRows } from "@/lib/db/execute-rows";
import type { Tx } from "@/lib/db/open";
import { pgErrorCode } from "@/lib/db/pg-error";
import type { Role } from "@/lib/db/roles";
import type { TenantContext } from "@/lib/db/with-tenant";
import { formatRut } from "@/lib/format/rut";
import { createChatwootClient } from "@/lib/integrations/chatwoot/client";
import { createOdooClient } from "@/lib/integrations/odoo/client";
import { CW, ODOO, startTestSandbox, type TestSandbox } from "@/lib/integrations/testing/sandbox";
import { members, seedFixture } from "../db/rls-fixtures";
import { createTestDatabase, drivers, type TestDatabase } from "../support/test-database";

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(() => sb?.close());

const fast = { timeoutMs: 5_000, backoff: { baseMs: 10, maxMs: 40 }, tenantId: "t-contacts" };

describe.each(drivers)("contacts on %s", (driver) => {
  let t: TestDatabase;
  let tenant: { A: string; B: string };
  const ctx = (key: "A" | "B", role: Role = "admin"): TenantContext => ({
    userId: members[key][role],
    tenantId: tenant[key],
    role,
  });
  const as = <T>(c: TenantContext, fn: (tx: Tx) => Promise<T>) =>
    runWithClaims(t.db, { sub: c.userId, tenant_id: c.tenantId, tenant_role: c.role }, fn);
  const list = (c: TenantContext, q: Record<string, string> = {}) =>
    as(c, (tx) => listContacts(tx, c.tenantId, contactListQuerySchema.parse(q)));

  /** The sync's read-and-merge, as `syncContactsForUser` runs it, with clients on the sandbox. */
  async function syncA() {
    const chatwoot = createChatwootClient({ baseUrl: sb.chatwootUrl, accountId: CW.accountId, token: CW.token }, fast);
    const odoo = createOdooClient({ baseUrl: sb.odooUrl, ...ODOO }, fast);
    const records = [...(await readOdooPartners(odoo)), ...(await readChatwootContacts(chatwoot))];
    const open = await readOpenConversationContacts(chatwoot);
    const unpaid = await readUnpaidInvoices(odoo);
    return as(ctx("A", "staff"), async (tx) => {
      const counts = await mergeRecords(tx, tenant.A, records);
      await applyContactFlags(tx, tenant.A, { openChatwootIds: open, unpaidByPartner: unpaid });
      return { counts, records, open, unpaid };
    });
  }

  let first: Awaited<ReturnType<typeof syncA>>;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    ({ tenant } = await seedFixture(t.db));
    // The fixture's one contact per tenant is not needed here; B keeps its own as the bystander.
    await t.db.execute(sql`delete from public.contacts where tenant_id = ${tenant.A}`);
    first = await syncA();
    // A fresh database with the trigram extensions plus a first sync: minutes on a loaded 2-core machine.
  }, 300_000);
  afterAll(() => t?.dispose());

  it("merges each customer who is both a Chatwoot contact and an Odoo partner into one row, by RUT", async () => {
    const odoo = first.records.filter((r) => r.source === "odoo");
    const chatwoot = first.records.filter((r) => r.source === "chatwoot");
    expect(odoo.length).toBeGreaterThan(50);
    expect(chatwoot.length).toBeGreaterThan(50);
    expect(first.counts.created).toBe(odoo.length);
    expect(first.counts.merged).toBe(chatwoot.length);
    const { total, data } = await list(ctx("A", "viewer"), { source: "chatwoot" });
    expect(total).toBe(odoo.length);
    expect(data.every((c) => c.sources.includes("odoo") && c.sources.includes("chatwoot"))).toBe(true);

    const detail = await as(ctx("A", "viewer"), (tx) => getContact(tx, tenant.A, data[0].id));
    const cw = detail.sourceRecords.find((s) => s.source === "chatwoot");
    expect(cw?.matchReason).toEqual({ key: "rut", value: detail.rut });
    expect(detail.sourceRecords.find((s) => s.source === "odoo")?.matchReason).toBeNull();
  });

  it("a second sync changes nothing: every record is already linked", async () => {
    const again = await syncA();
    expect(again.counts).toEqual({ created: 0, merged: 0, updated: 0 });
    expect((await list(ctx("A", "viewer"))).total).toBe(first.counts.created);
  });

  it("flags open conversations and unpaid invoices from what Chatwoot and Odoo say", async () => {
    const open = await list(ctx("A", "viewer"), { open: "1" });
    const unpaid = await list(ctx("A", "viewer"), { unpaid: "1" });
    expect(open.total).toBeGreaterThan(0);
    expect(open.total).toBeLessThanOrEqual(first.open.length);
    expect(unpaid.total).toBe(Object.keys(first.unpaid).length);
    expect(unpaid.data.every((c) => c.unpaidInvoices > 0)).toBe(true);
  });

  it("finds a contact by RUT however it is written, by phone in any format, and by name without accents", async () => {
    const { data } = await list(ctx("A", "viewer"));
    const target = data.find((c) => c.rut && c.phones.length && /[áéíóúñ]/i.test(c.name)) ?? data[0];
    const rut = target.rut as string;
    const phone = target.phones[0];
    const queries = [
      formatRut(rut),
      rut.replace("-", ""),
      rut,
      phone,
      phone.replace("+56", ""),
      `+56 ${phone.slice(3, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`,
    ];
    for (const q of queries) {
      const found = await list(ctx("A", "viewer"), { q });
      expect(
        found.data.map((c) => c.id),
        q,
      ).toContain(target.id);
      expect(found.total, q).toBeLessThan(5);
    }
    const plainName = target.name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toUpperCase();
    expect((await list(ctx("A", "viewer"), { q: plainName })).data.map((c) => c.id)).toContain(target.id);
  });

  it("unmerge splits a record off into its own contact, and sync does not merge it back", async () => {
    const [merged] = (await list(ctx("A", "viewer"), { sort: "name" })).data;
    const before = await as(ctx("A", "viewer"), (tx) => getContact(tx, tenant.A, merged.id));
    const cw = before.sourceRecords.find((s) => s.source === "chatwoot");
    if (!cw) throw new Error("expected a Chatwoot record");
    const { contact, split } = await as(ctx("A", "staff"), (tx) =>
      unmergeSource(tx, ctx("A", "staff"), merged.id, cw.id),
    );
    expect(contact.sources).toEqual(["odoo"]);
    expect(split.sources).toEqual(["chatwoot"]);
    expect(split.sourceRecords).toEqual([expect.objectContaining({ id: cw.id, detached: true, matchReason: null })]);
    expect(contact.activity[0]).toMatchObject({ action: "contact.unmerged" });

    await syncA();
    const after = await as(ctx("A", "viewer"), (tx) => getContact(tx, tenant.A, split.id));
    expect(after.sourceRecords.map((s) => s.id)).toEqual([cw.id]);
    expect((await list(ctx("A", "viewer"))).total).toBe(first.counts.created + 1);
  });

  it("bulk tags the chosen contacts, filters by tag, and ignores another tenant's ids", async () => {
    const { data } = await list(ctx("A", "viewer"), { sort: "name" });
    const ids = data.slice(0, 3).map((c) => c.id);
    const [bContact] = await executeRows<{ id: string }>(
      t.db,
      sql`select id from public.contacts where tenant_id = ${tenant.B}`,
    );
    const res = await as(ctx("A", "staff"), (tx) =>
      bulkTag(tx, ctx("A", "staff"), { contactIds: [...ids, bContact.id], add: ["mayorista"], remove: [] }),
    );
    expect(res.updated).toBe(3);
    const tagged = await list(ctx("A", "viewer"), { tag: "mayorista" });
    expect(tagged.data.map((c) => c.id).sort()).toEqual([...ids].sort());
    const [b] = await executeRows<{ tags: string[] }>(
      t.db,
      sql`select tags from public.contacts where id = ${bContact.id}`,
    );
    expect(b.tags).toEqual([]);
    // A viewer's update matches no row under RLS (the route refuses them with 403 before this).
    const byViewer = await as(ctx("A", "viewer"), (tx) =>
      bulkTag(tx, ctx("A", "viewer"), { contactIds: ids, add: ["x"], remove: [] }),
    );
    expect(byViewer.updated).toBe(0);
  });

  it("CSV round trip: exporting A and importing the file into an empty tenant gives the same contacts", async () => {
    const csvA = await as(ctx("A", "staff"), (tx) =>
      exportContacts(tx, ctx("A", "staff"), contactListQuerySchema.parse({}), ";"),
    );
    expect(csvA.startsWith("\uFEFFnombre;rut;correos;telefonos;etiquetas;notas\r\n")).toBe(true);
    await t.db.execute(sql`delete from public.contacts where tenant_id = ${tenant.B}`);
    const preview = await as(ctx("B", "staff"), (tx) => importContacts(tx, ctx("B", "staff"), csvA, true));
    expect(preview).toMatchObject({ invalid: 0, applied: false });
    expect((await list(ctx("B", "viewer"))).total).toBe(0);
    const applied = await as(ctx("B", "staff"), (tx) => importContacts(tx, ctx("B", "staff"), csvA, false));
    expect(applied.applied).toBe(true);
    const csvB = await as(ctx("B", "staff"), (tx) =>
      exportContacts(tx, ctx("B", "staff"), contactListQuerySchema.parse({}), ";"),
    );
    // Same header, same rows; namesakes may swap places (their order falls back to random ids).
    const lines = (csv: string) => {
      const [header, ...rows] = csv.split("\r\n");
      return [header, ...rows.sort()];
    };
    expect(lines(csvB)).toEqual(lines(csvA));
    // With commas as the separator the same file also reads back.
    const commas = await as(ctx("A", "staff"), (tx) =>
      exportContacts(tx, ctx("A", "staff"), contactListQuerySchema.parse({}), ","),
    );
    const again = await as(ctx("B", "staff"), (tx) => importContacts(tx, ctx("B", "staff"), commas, true));
    expect(again.rows.every((r) => r.action === "update" && r.errors.length === 0)).toBe(true);
  });

  it("an import with one bad row changes nothing and names the row and the problem", async () => {
    const before = await executeRows<{ n: number }>(t.db, sql`select count(*)::int as n from public.contacts`);
    const csv = [
      "nombre;rut;correos;telefonos;etiquetas;notas",
      "Rosa Fuentes;11.111.111-1;rosa@example.cl;+56 9 5555 1111;nueva;",
      "Pedro Malo;12.345.678-9;pedro@example;912;;",
      "Lucía Soto;;lucia@example.cl;;;",
    ].join("\r\n");
    const preview = await as(ctx("A", "staff"), (tx) => importContacts(tx, ctx("A", "staff"), csv, true));
    expect(preview.invalid).toBe(1);
    expect(preview.rows[1].line).toBe(3);
    expect(preview.rows[1].errorReasons).toEqual(["rut_check_digit", "email_in_list_invalid", "phone_in_list_invalid"]);
    expect(preview.rows[1].errors.join(" ")).toMatch(/El RUT no es válido.*Uno de los correos no es válido/);
    await expect(as(ctx("A", "staff"), (tx) => importContacts(tx, ctx("A", "staff"), csv, false))).rejects.toThrow(
      /Hay filas con errores \(1\)/,
    );
    const after = await executeRows<{ n: number }>(t.db, sql`select count(*)::int as n from public.contacts`);
    expect(after).toEqual(before);
  });

  it("erasure removes every row about that person and only that person; only admins may do it", async () => {
    const { data } = await list(ctx("A", "viewer"), { tag: "mayorista" });
    const [victim, bystander] = data;
    await as(ctx("A", "staff"), (tx) =>
      bulkTag(tx, ctx("A", "staff"), { contactIds: [victim.id], add: ["borrar"], remove: [] }),
    );
    const count = async () =>
      (
        await executeRows<{ contacts: number; sources: number; log: number }>(
          t.db,
          sql`select (select count(*)::int from public.contacts) as contacts,
                     (select count(*)::int from public.contact_sources) as sources,
                     (select count(*)::int from public.activity_log where target like 'contact:%') as log`,
        )
      )[0];
    const victimRows = async () =>
      (
        await executeRows<{ n: number }>(
          t.db,
          sql`select (select count(*) from public.contacts where id = ${victim.id})
                   + (select count(*) from public.contact_sources where contact_id = ${victim.id})
                   + (select count(*) from public.activity_log where target = ${`contact:${victim.id}`}) as n`,
        )
      )[0].n;
    const before = await count();
    const victimBefore = await as(ctx("A", "viewer"), (tx) => getContact(tx, tenant.A, victim.id));
    expect(Number(await victimRows())).toBeGreaterThan(2);

    await expect(as(ctx("A", "staff"), (tx) => eraseContact(tx, ctx("A", "staff"), victim.id))).rejects.toThrow();
    const exported = await as(ctx("A"), (tx) => exportPersonalData(tx, ctx("A"), victim.id));
    expect(exported.contact).toMatchObject({ id: victim.id, name: victim.name });
    const erased = await as(ctx("A"), (tx) => eraseContact(tx, ctx("A"), victim.id));
    expect(erased.remains.odoo).toEqual(
      victimBefore.sourceRecords.filter((s) => s.source === "odoo").map((s) => s.externalId),
    );

    expect(Number(await victimRows())).toBe(0);
    const after = await count();
    expect(after.contacts).toBe(before.contacts - 1);
    expect(after.sources).toBe(before.sources - victimBefore.sourceRecords.length);
    // The export's own log line is about the victim too and goes with the rest.
    expect(after.log).toBe(before.log - victimBefore.activity.length);
    const kept = await as(ctx("A", "viewer"), (tx) => getContact(tx, tenant.A, bystander.id));
    expect(kept.tags).toContain("mayorista");
  });

  it("a Chatwoot contact_created webhook joins the contact holding its phone, on the service path", async () => {
    const { data } = await list(ctx("A", "viewer"), { sort: "recent" });
    const target = data.find((c) => c.phones.length > 0 && c.sources.includes("odoo")) ?? data[0];
    const payload = {
      event: "contact_created",
      id: 987_654,
      name: "Nombre desde WhatsApp",
      email: null,
      phone_number: target.phones[0],
      custom_attributes: {},
    };
    expect(await applyContactEvent(t.db, tenant.A, payload)).toBe(true);
    const detail = await as(ctx("A", "viewer"), (tx) => getContact(tx, tenant.A, target.id));
    expect(detail.sourceRecords).toContainEqual(
      expect.objectContaining({ externalId: "987654", matchReason: { key: "phone", value: target.phones[0] } }),
    );
    expect(await applyContactEvent(t.db, tenant.A, { event: "message_created", id: 1 })).toBe(false);
  });

  it("the webhook's merge is held by RLS to the tenant it claims, and to contacts", async () => {
    const mergeClaim = { sub: "service:contact_merge", tenant_id: tenant.A, service: "contact_merge" as const };
    const record = {
      source: "chatwoot" as const,
      externalId: "555001",
      name: "Ajena",
      email: null,
      phone: null,
      rut: null,
    };
    // Aimed at another tenant than the one claimed, the explicit filter alone would let it write: RLS
    // does not (42501, a row-level security violation).
    const refused = await runWithClaims(t.db, mergeClaim, (tx) => mergeRecords(tx, tenant.B, [record])).then(
      () => null,
      (error: unknown) => error,
    );
    expect(pgErrorCode(refused)).toBe("42501");
    const counts = await runWithClaims(t.db, mergeClaim, async (tx) => ({
      ownContacts: (await executeRows<{ n: number }>(tx, sql`select count(*)::int as n from contacts`))[0].n,
      otherContacts: (
        await executeRows<{ n: number }>(tx, sql`select count(*)::int as n from contacts where tenant_id = ${tenant.B}`)
      )[0].n,
      integrations: (await executeRows<{ n: number }>(tx, sql`select count(*)::int as n from tenant_integrations`))[0]
        .n,
      members: (await executeRows<{ n: number }>(tx, sql`select count(*)::int as n from tenant_members`))[0].n,
    }));
    // It sees its tenant's contacts, and nothing of the other tenant or beyond contacts.
    expect(counts.ownContacts).toBeGreaterThan(0);
    expect(counts).toMatchObject({ otherContacts: 0, integrations: 0, members: 0 });
  });

  it("the search function behind the filters answers only for the caller's own tenant and membership", async () => {
    const matchCount = (c: TenantContext, tenantId: string) =>
      as(c, (tx) =>
        executeRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from app.contact_match_ids(${tenantId}::uuid, '%', null)`,
        ),
      ).then(([r]) => r.n);
    const [own] = await executeRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from public.contacts where tenant_id = ${tenant.A}`,
    );
    expect(own.n).toBeGreaterThan(0);
    expect(await matchCount(ctx("A", "viewer"), tenant.A)).toBe(own.n);
    // B's tenant id under A's claims, and A's tenant claimed by B's admin (not a member of A): nothing.
    expect(await matchCount(ctx("A"), tenant.B)).toBe(0);
    expect(await matchCount({ ...ctx("B"), tenantId: tenant.A }, tenant.A)).toBe(0);
    // And the list's filters, which go through it, never show B's contacts to A.
    const [bContact] = await executeRows<{ id: string; name: string }>(
      t.db,
      sql`select id, name from public.contacts where tenant_id = ${tenant.B} limit 1`,
    );
    expect((await list(ctx("A"), { q: bContact.name })).data.map((c) => c.id)).not.toContain(bContact.id);
  });

  it("another tenant's contact is not found for reading, unmerging, exporting or erasing", async () => {
    const [bContact] = await executeRows<{ id: string }>(
      t.db,
      sql`select id from public.contacts where tenant_id = ${tenant.B} limit 1`,
    );
    const a = ctx("A");
    await expect(as(a, (tx) => getContact(tx, tenant.A, bContact.id))).rejects.toMatchObject({ code: "not_found" });
    // Even naming B's tenant id explicitly: RLS still answers as A's claims.
    await expect(as(a, (tx) => getContact(tx, tenant.B, bContact.id))).rejects.toMatchObject({ code: "not_found" });
    await expect(as(a, (tx) => exportPersonalData(tx, a, bContact.id))).rejects.toMatchObject({ code: "not_found" });
    await expect(as(a, (tx) => eraseContact(tx, a, bContact.id))).rejects.toMatchObject({ code: "not_found" });
    await expect(as(a, (tx) => unmergeSource(tx, a, bContact.id, bContact.id))).rejects.toMatchObject({
      code: "not_found",
    });
    // The SECURITY DEFINER erase, called directly: another tenant's id erases nothing; staff may not.
    const [direct] = await as(a, (tx) =>
      executeRows<{ erased: boolean }>(tx, sql`select app.erase_contact(${bContact.id}::uuid) as erased`),
    );
    expect(direct.erased).toBe(false);
    await expect(
      as(ctx("A", "staff"), (tx) => executeRows(tx, sql`select app.erase_contact(${bContact.id}::uuid)`)),
    ).rejects.toThrow();
    const [still] = await executeRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from public.contacts where id = ${bContact.id}`,
    );
    expect(still.n).toBe(1);
  });

  it("pages through the whole list and through a filter in order, each contact once", async () => {
    // 130 more contacts, every third with an open conversation: three pages of 50 either way.
    const ids = await as(ctx("A", "staff"), (tx) =>
      executeRows<{ id: string }>(
        tx,
        sql`insert into public.contacts (tenant_id, name, tags, has_open_conversation)
            select ${tenant.A}, 'Página ' || lpad(g::text, 3, '0'), array['paginado'], g % 3 = 0
            from generate_series(1, 130) g returning id`,
      ),
    );
    expect(ids).toHaveLength(130);
    const walk = async (q: Record<string, string>) => {
      const first = await list(ctx("A", "viewer"), q);
      const pages = Math.ceil(first.total / first.pageSize);
      const rest = await Promise.all(
        Array.from({ length: pages - 1 }, (_, i) => list(ctx("A", "viewer"), { ...q, page: String(i + 2) })),
      );
      const rows = [first, ...rest].flatMap((p) => p.data);
      expect(rows).toHaveLength(first.total);
      expect(new Set(rows.map((r) => r.id)).size).toBe(first.total);
      return rows;
    };

    const all = await walk({ sort: "name" });
    expect(all.length).toBeGreaterThan(130);
    const tagged = await walk({ tag: "paginado", sort: "name" });
    expect(tagged.map((r) => r.name)).toEqual(
      Array.from({ length: 130 }, (_, i) => `Página ${String(i + 1).padStart(3, "0")}`),
    );
    const open = await walk({ tag: "paginado", open: "1", sort: "created" });
    expect(open).toHaveLength(43);
    expect(open.every((r) => r.hasOpenConversation)).toBe(true);
    const beyond = await list(ctx("A", "viewer"), { tag: "paginado", page: "9" });
    expect(beyond).toMatchObject({ data: [], total: 130 });

    await as(ctx("A"), (tx) => executeRows(tx, sql`delete from public.contacts where tags @> array['paginado']`));
  });
});
