import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { ContactSaveResult, ContactSourceRecord } from "@/lib/contacts/contact-types";
import type { Tx } from "@/lib/db/open";
import { contactSources, contacts } from "@/lib/db/schema";
import { textArray, uuidArray } from "@/lib/db/sql-array";
import { type TenantContext, withTenant } from "@/lib/db/with-tenant";
import { ApiError, failureOf } from "@/lib/errors";
import { chatwootFor, odooFor } from "@/lib/proxy/clients";
import { z } from "@/lib/validation";
import { type CreateContact, hasIdentityKey, type UpdateContact } from "./contact-input";
import { contactTarget, getContact } from "./get-contact";

type Values = { name: string; rut: string | null; emails: string[]; phones: string[] };
type WriteThrough = ContactSaveResult["writeThrough"];

// `create` with a vals_list answers a list of ids (Odoo 17+); older servers a single id.
const createdIdSchema = z.union([
  z.number(),
  z
    .array(z.number())
    .min(1)
    .transform((ids) => ids[0]),
]);

/** Another contact already holding one of these keys: creating a second would split one person. */
async function assertNoDuplicate(tx: Tx, tenantId: string, v: Omit<Values, "name">, exceptId?: string) {
  const keys = [
    ...(v.rut ? [sql`${contacts.rut} = ${v.rut}`] : []),
    ...(v.emails.length ? [sql`${contacts.emails} && ${textArray(v.emails)}`] : []),
    ...(v.phones.length ? [sql`${contacts.phones} && ${textArray(v.phones)}`] : []),
  ];
  if (keys.length === 0) return;
  const [dup] = await tx
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        exceptId ? ne(contacts.id, exceptId) : undefined,
        sql`(${sql.join(keys, sql` or `)})`,
      ),
    )
    .limit(1);
  if (dup) {
    throw new ApiError("conflict", "contact_duplicate", { details: { contactId: dup.id, name: dup.name } });
  }
}

const failure = (service: "chatwoot" | "odoo", error: unknown) => ({
  service,
  ok: false,
  ...failureOf(error),
});

/** Creates the person in Chatwoot and/or Odoo and links the new records; a failure is reported, not thrown. */
async function createUpstream(ctx: TenantContext, contactId: string, v: Values, to: CreateContact["writeTo"]) {
  const results: WriteThrough = [];
  const links: { source: "chatwoot" | "odoo"; externalId: string }[] = [];
  if (to.chatwoot) {
    try {
      const chatwoot = await chatwootFor(ctx);
      const inboxes = await chatwoot.listInboxes();
      const inbox = inboxes.find((i) => i.isWhatsapp) ?? inboxes[0];
      if (!inbox) throw new ApiError("conflict", "chatwoot_no_inbox");
      const created = await chatwoot.createContact({
        inboxId: inbox.id,
        name: v.name,
        phoneNumber: v.phones[0],
        email: v.emails[0],
      });
      if (v.rut) await chatwoot.updateContact(created.id, { rut: v.rut });
      links.push({ source: "chatwoot", externalId: String(created.id) });
      results.push({ service: "chatwoot", ok: true });
    } catch (error) {
      results.push(failure("chatwoot", error));
    }
  }
  if (to.odoo) {
    try {
      const odoo = await odooFor(ctx);
      const created = await odoo.execute(
        {
          model: "res.partner",
          method: "create",
          kwargs: { vals_list: [{ ...odooValues(v), customer_rank: 1 }] },
        },
        createdIdSchema,
      );
      links.push({ source: "odoo", externalId: String(created) });
      results.push({ service: "odoo", ok: true });
    } catch (error) {
      results.push(failure("odoo", error));
    }
  }
  if (links.length) {
    await withTenant(ctx, async (tx) => {
      // The service's own webhook (or a sync) for the new record may have linked it already, by the
      // RUT, email or phone it shares with this contact: the link is then this contact's either way.
      await tx
        .insert(contactSources)
        .values(
          links.map((l) => ({
            tenantId: ctx.tenantId,
            contactId,
            ...l,
            name: v.name,
            email: v.emails[0] ?? null,
            phone: v.phones[0] ?? null,
            rut: v.rut,
          })),
        )
        .onConflictDoUpdate({
          target: [contactSources.tenantId, contactSources.source, contactSources.externalId],
          set: { contactId: sql`excluded.contact_id`, matchReason: null, detached: false, syncedAt: new Date() },
        });
      await tx
        .update(contacts)
        .set({
          sources: sql`array(select distinct unnest(${contacts.sources} || ${textArray(links.map((l) => l.source))}))`,
        })
        .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, contactId)));
    });
  }
  return results;
}

const odooValues = (v: Values) => ({
  name: v.name,
  email: v.emails[0] ?? false,
  phone: v.phones[0] ?? false,
  vat: v.rut ?? false,
});

/** Writes an edit to the linked records (not detached ones: those were split off on purpose). */
async function updateUpstream(
  ctx: TenantContext,
  records: ContactSourceRecord[],
  v: Values,
  to: UpdateContact["writeTo"],
) {
  const results: WriteThrough = [];
  const linked = records.filter((r) => !r.detached);
  const chatwootIds = linked.filter((r) => r.source === "chatwoot").map((r) => Number(r.externalId));
  const odooIds = linked.filter((r) => r.source === "odoo").map((r) => Number(r.externalId));
  if (to.chatwoot && chatwootIds.length) {
    try {
      const chatwoot = await chatwootFor(ctx);
      for (const id of chatwootIds) {
        await chatwoot.updateContact(id, {
          name: v.name,
          email: v.emails[0] ?? null,
          phoneNumber: v.phones[0] ?? null,
          rut: v.rut,
        });
      }
      results.push({ service: "chatwoot", ok: true });
    } catch (error) {
      results.push(failure("chatwoot", error));
    }
  }
  if (to.odoo && odooIds.length) {
    try {
      const odoo = await odooFor(ctx);
      await odoo.execute(
        { model: "res.partner", method: "write", ids: odooIds, kwargs: { vals: odooValues(v) } },
        z.unknown(),
      );
      results.push({ service: "odoo", ok: true });
    } catch (error) {
      results.push(failure("odoo", error));
    }
  }
  const written = new Set(results.filter((r) => r.ok).map((r) => r.service));
  if (written.size) {
    await withTenant(ctx, (tx) =>
      tx
        .update(contactSources)
        .set({ name: v.name, email: v.emails[0] ?? null, phone: v.phones[0] ?? null, rut: v.rut, syncedAt: new Date() })
        .where(
          and(
            eq(contactSources.tenantId, ctx.tenantId),
            sql`${contactSources.id} = any(${uuidArray(linked.filter((r) => written.has(r.source)).map((r) => r.id))})`,
          ),
        ),
    );
  }
  return results;
}

export async function createContact(ctx: TenantContext, input: CreateContact): Promise<ContactSaveResult> {
  const v: Values = { name: input.name, rut: input.rut, emails: input.emails, phones: input.phones };
  const id = await withTenant(ctx, async (tx) => {
    await assertNoDuplicate(tx, ctx.tenantId, v);
    const [row] = await tx
      .insert(contacts)
      .values({ tenantId: ctx.tenantId, ...v, tags: input.tags, notes: input.notes, sources: ["hub"] })
      .returning({ id: contacts.id });
    await logActivity(tx, ctx, "contact.created", contactTarget(row.id), { writeTo: input.writeTo });
    return row.id;
  });
  const writeThrough = await createUpstream(ctx, id, v, input.writeTo);
  const contact = await withTenant(ctx, (tx) => getContact(tx, ctx.tenantId, id));
  return { contact, writeThrough };
}

export async function updateContact(ctx: TenantContext, id: string, input: UpdateContact): Promise<ContactSaveResult> {
  const { before, after } = await withTenant(ctx, async (tx) => {
    const before = await getContact(tx, ctx.tenantId, id);
    const v: Values = {
      name: input.name ?? before.name,
      rut: input.rut === undefined ? before.rut : input.rut,
      emails: input.emails ?? before.emails,
      phones: input.phones ?? before.phones,
    };
    await assertNoDuplicate(tx, ctx.tenantId, v, id);
    await tx
      .update(contacts)
      .set({
        ...v,
        ...(input.tags ? { tags: input.tags } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      })
      .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, id)));
    const changed = (["name", "rut", "emails", "phones", "tags", "notes"] as const).filter(
      (k) => input[k] !== undefined && JSON.stringify(input[k]) !== JSON.stringify(before[k]),
    );
    await logActivity(tx, ctx, "contact.updated", contactTarget(id), { fields: changed, writeTo: input.writeTo });
    return { before, after: v };
  });
  const writeThrough = await updateUpstream(ctx, before.sourceRecords, after, input.writeTo);
  const missing = (["chatwoot", "odoo"] as const).filter(
    (s) => input.writeTo[s] && !before.sourceRecords.some((r) => r.source === s && !r.detached),
  );
  if (missing.length && !hasIdentityKey(after)) {
    writeThrough.push(
      ...missing.map((service) => failure(service, new ApiError("unprocessable", "contact_unlinkable"))),
    );
  } else if (missing.length) {
    const created = await createUpstream(ctx, id, after, Object.fromEntries(missing.map((s) => [s, true])));
    writeThrough.push(...created);
  }
  const contact = await withTenant(ctx, (tx) => getContact(tx, ctx.tenantId, id));
  return { contact, writeThrough };
}
