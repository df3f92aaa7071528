import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { identityKeys, KeyIndex } from "@/lib/contacts/identity-keys";
import type { Tx } from "@/lib/db/open";
import { type ContactSourceKind, contactSources, contacts } from "@/lib/db/schema";
import { textArray } from "@/lib/db/sql-array";

/** One upstream record as sync reads it: a Chatwoot contact or an Odoo partner. */
export type SourceRecord = {
  source: ContactSourceKind;
  externalId: string;
  name: string;
  email: string | null;
  phone: string | null;
  rut: string | null;
};

type ContactState = { name: string; rut: string | null; emails: string[]; phones: string[]; sources: string[] };

const BATCH = 500;

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));

/**
 * One merge per tenant at a time (a person's sync, the periodic refresh and webhooks, on any
 * instance): the second waits, then finds every record already linked. Held until the transaction ends.
 */
export async function lockTenantContacts(tx: Tx, tenantId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`contacts-sync:${tenantId}`}))`);
}

/**
 * Links records into the tenant's contacts: a known record updates its link; a new one joins the
 * contact that holds its RUT, email or phone (the key is saved as the reason) or starts a contact of
 * its own. Values are only ever added to a contact here, so sync never undoes a person's edit.
 * Runs in the caller's transaction: under RLS for a user, or on the service path.
 */
export async function mergeRecords(tx: Tx, tenantId: string, records: SourceRecord[]) {
  const counts = { created: 0, merged: 0, updated: 0 };
  if (records.length === 0) return counts;

  const state = new Map<string, ContactState>();
  const index = new KeyIndex();
  const existing = await tx
    .select({
      id: contacts.id,
      name: contacts.name,
      rut: contacts.rut,
      emails: contacts.emails,
      phones: contacts.phones,
      sources: contacts.sources,
    })
    .from(contacts)
    .where(eq(contacts.tenantId, tenantId));
  for (const c of existing) {
    state.set(c.id, { name: c.name, rut: c.rut, emails: c.emails, phones: c.phones, sources: c.sources });
    index.add(c.id, { rut: c.rut, emails: c.emails, phones: c.phones });
  }
  const links = new Map<string, typeof contactSources.$inferSelect>();
  for (const l of await tx.select().from(contactSources).where(eq(contactSources.tenantId, tenantId))) {
    links.set(`${l.source}:${l.externalId}`, l);
  }

  // New contacts and links get their ids here and are written in batches at the end: a first sync
  // of thousands of records is a few statements, not one round trip per record.
  const created = new Set<string>();
  const newLinks: (typeof contactSources.$inferInsert)[] = [];
  const dirty = new Set<string>();
  for (const r of records) {
    const keys = identityKeys({ rut: r.rut, emails: r.email ? [r.email] : [], phones: r.phone ? [r.phone] : [] });
    const linkValues = { name: r.name, email: keys.emails[0] ?? null, phone: keys.phones[0] ?? null, rut: keys.rut };
    const key = `${r.source}:${r.externalId}`;
    const link = links.get(key);
    let contactId: string;
    if (link) {
      contactId = link.contactId;
      const changed = (Object.keys(linkValues) as (keyof typeof linkValues)[]).some((k) => link[k] !== linkValues[k]);
      if (changed) {
        await tx
          .update(contactSources)
          .set({ ...linkValues, syncedAt: new Date() })
          .where(and(eq(contactSources.tenantId, tenantId), eq(contactSources.id, link.id)));
        counts.updated++;
      }
    } else {
      const match = index.match(keys);
      if (match) {
        contactId = match.contactId;
        counts.merged++;
      } else {
        contactId = randomUUID();
        created.add(contactId);
        state.set(contactId, {
          name: r.name,
          rut: keys.rut,
          emails: keys.emails,
          phones: keys.phones,
          sources: [r.source],
        });
        counts.created++;
      }
      const row = {
        id: randomUUID(),
        tenantId,
        contactId,
        source: r.source,
        externalId: r.externalId,
        ...linkValues,
        matchReason: match ? { key: match.key, value: match.value } : null,
        detached: false,
        syncedAt: new Date(),
      };
      newLinks.push(row);
      links.set(key, row);
    }
    index.add(contactId, keys);

    const c = state.get(contactId);
    if (!c) continue;
    const next: ContactState = {
      name: c.name || r.name,
      rut: c.rut ?? keys.rut,
      emails: union(c.emails, keys.emails),
      phones: union(c.phones, keys.phones),
      sources: union(c.sources, [r.source]),
    };
    if (
      next.name !== c.name ||
      next.rut !== c.rut ||
      !sameSet(next.emails, c.emails) ||
      !sameSet(next.phones, c.phones) ||
      !sameSet(next.sources, c.sources)
    ) {
      state.set(contactId, next);
      if (!created.has(contactId)) dirty.add(contactId);
    }
  }

  const fresh = [...created].map((id) => ({ id, tenantId, ...(state.get(id) as ContactState) }));
  for (let i = 0; i < fresh.length; i += BATCH) await tx.insert(contacts).values(fresh.slice(i, i + BATCH));
  for (let i = 0; i < newLinks.length; i += BATCH) await tx.insert(contactSources).values(newLinks.slice(i, i + BATCH));
  for (const id of dirty) {
    const c = state.get(id) as ContactState;
    await tx
      .update(contacts)
      .set({ name: c.name, rut: c.rut, emails: c.emails, phones: c.phones, sources: c.sources })
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, id)));
  }
  return counts;
}

/**
 * Marks who has an open Chatwoot conversation and how many unpaid Odoo invoices, from what sync just
 * read. A null set means that service was not read this time: its flags stay as they were.
 */
export async function applyContactFlags(
  tx: Tx,
  tenantId: string,
  flags: { openChatwootIds: string[] | null; unpaidByPartner: Record<string, number> | null },
) {
  if (flags.openChatwootIds) {
    await tx.execute(sql`
      update public.contacts c set has_open_conversation = v.open
      from (
        select c2.id, exists (
          select 1 from public.contact_sources s
          where s.contact_id = c2.id and s.source = 'chatwoot' and s.external_id = any(${textArray(flags.openChatwootIds)})
        ) as open
        from public.contacts c2 where c2.tenant_id = ${tenantId}
      ) v
      where c.id = v.id and c.tenant_id = ${tenantId} and c.has_open_conversation is distinct from v.open`);
  }
  if (flags.unpaidByPartner) {
    await tx.execute(sql`
      update public.contacts c set unpaid_invoices = v.unpaid
      from (
        select c2.id, coalesce((
          select sum((${JSON.stringify(flags.unpaidByPartner)}::jsonb ->> s.external_id)::int)
          from public.contact_sources s where s.contact_id = c2.id and s.source = 'odoo'
        ), 0)::int as unpaid
        from public.contacts c2 where c2.tenant_id = ${tenantId}
      ) v
      where c.id = v.id and c.tenant_id = ${tenantId} and c.unpaid_invoices is distinct from v.unpaid`);
  }
}
