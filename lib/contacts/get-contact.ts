import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ContactDetail, ContactSourceRecord } from "@/lib/contacts/contact-types";
import type { Tx } from "@/lib/db/open";
import { activityLog, contactSources, contacts } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { contactRowColumns, toContactRow } from "./list-contacts";

export const contactTarget = (id: string) => `contact:${id}`;
export const contactNotFound = () => notFound("contact");

export function toSourceRecord(s: typeof contactSources.$inferSelect): ContactSourceRecord {
  return {
    id: s.id,
    source: s.source,
    externalId: s.externalId,
    name: s.name,
    email: s.email,
    phone: s.phone,
    rut: s.rut,
    matchReason: s.matchReason ?? null,
    detached: s.detached,
    syncedAt: s.syncedAt.toISOString(),
  };
}

/** A contact with its source records and its activity; 404 when it is not the tenant's. */
export async function getContact(tx: Tx, tenantId: string, id: string): Promise<ContactDetail> {
  if (!isUuid(id)) throw contactNotFound();
  const [row] = await tx
    .select({ ...contactRowColumns, notes: contacts.notes })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, id)));
  if (!row) throw contactNotFound();
  const sources = await tx
    .select()
    .from(contactSources)
    .where(and(eq(contactSources.tenantId, tenantId), eq(contactSources.contactId, id)))
    .orderBy(asc(contactSources.source), asc(contactSources.externalId));
  const activity = await tx
    .select({
      id: activityLog.id,
      action: activityLog.action,
      details: activityLog.details,
      createdAt: activityLog.createdAt,
      actorName: sql<
        string | null
      >`(select n.name from app.member_names() n where n.user_id = ${activityLog.actorUserId})`,
    })
    .from(activityLog)
    .where(and(eq(activityLog.tenantId, tenantId), eq(activityLog.target, contactTarget(id))))
    .orderBy(desc(activityLog.createdAt), desc(activityLog.id))
    .limit(50);
  return {
    ...toContactRow(row),
    notes: row.notes,
    sourceRecords: sources.map(toSourceRecord),
    activity: activity.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}
