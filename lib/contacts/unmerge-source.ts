import "server-only";
import { and, eq } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { Tx } from "@/lib/db/open";
import { contactSources, contacts } from "@/lib/db/schema";
import type { TenantContext } from "@/lib/db/with-tenant";
import { ApiError } from "@/lib/errors";
import { contactNotFound, contactTarget, getContact } from "./get-contact";

/**
 * Undoes a merge: the source record leaves its contact for a new one of its own, marked detached so
 * sync never matches it again. The old contact drops the values only that record brought.
 */
export async function unmergeSource(tx: Tx, ctx: TenantContext, contactId: string, sourceId: string) {
  const original = await getContact(tx, ctx.tenantId, contactId);
  const record = original.sourceRecords.find((s) => s.id === sourceId);
  if (!record) throw contactNotFound();
  if (original.sourceRecords.length < 2 && !original.sources.includes("hub")) {
    throw new ApiError("conflict", "contact_single_source");
  }
  const [split] = await tx
    .insert(contacts)
    .values({
      tenantId: ctx.tenantId,
      name: record.name,
      rut: record.rut,
      emails: record.email ? [record.email] : [],
      phones: record.phone ? [record.phone] : [],
      sources: [record.source],
    })
    .returning({ id: contacts.id });
  await tx
    .update(contactSources)
    .set({ contactId: split.id, detached: true, matchReason: null })
    .where(and(eq(contactSources.tenantId, ctx.tenantId), eq(contactSources.id, sourceId)));

  const rest = original.sourceRecords.filter((s) => s.id !== sourceId);
  const keptBy = (pick: (s: (typeof rest)[number]) => string | null) => new Set(rest.map(pick).filter(Boolean));
  const drop = <T>(values: T[], value: T | null, kept: Set<T | null>) =>
    value && !kept.has(value) ? values.filter((v) => v !== value) : values;
  await tx
    .update(contacts)
    .set({
      emails: drop(
        original.emails,
        record.email,
        keptBy((s) => s.email),
      ),
      phones: drop(
        original.phones,
        record.phone,
        keptBy((s) => s.phone),
      ),
      rut: record.rut && original.rut === record.rut && !keptBy((s) => s.rut).has(record.rut) ? null : original.rut,
      sources: [...new Set([...original.sources.filter((s) => s === "hub"), ...rest.map((s) => s.source)])],
    })
    .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, contactId)));

  const details = { source: record.source, externalId: record.externalId, reason: record.matchReason };
  await logActivity(tx, ctx, "contact.unmerged", contactTarget(contactId), { ...details, splitContactId: split.id });
  await logActivity(tx, ctx, "contact.split_from", contactTarget(split.id), { ...details, fromContactId: contactId });
  return {
    contact: await getContact(tx, ctx.tenantId, contactId),
    split: await getContact(tx, ctx.tenantId, split.id),
  };
}
