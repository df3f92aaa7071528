import "server-only";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import { likePattern, searchNeedle } from "@/features/contacts/lib/search-pattern";
import type { ContactListResponse, ContactRow, ContactSource } from "@/features/contacts/lib/types";
import { executeRows } from "@/lib/db/execute-rows";
import type { Tx } from "@/lib/db/open";
import { contacts } from "@/lib/db/schema";
import type { ContactFilters } from "./filters";

export const CONTACT_PAGE_SIZE = 50;

/** The WHERE clause for a tenant's filtered list; the tenant is explicit even though RLS holds it too. */
export function contactWhere(tenantId: string, f: ContactFilters): SQL {
  const parts: (SQL | undefined)[] = [eq(contacts.tenantId, tenantId)];
  const needle = searchNeedle(f.q ?? "");
  if (needle) parts.push(sql`${contacts.search} like ${likePattern(needle)}`);
  if (f.source) parts.push(sql`${contacts.sources} @> array[${f.source}]::text[]`);
  if (f.tag) parts.push(sql`${contacts.tags} @> array[${f.tag}]::text[]`);
  if (f.open) parts.push(eq(contacts.hasOpenConversation, true));
  if (f.unpaid) parts.push(sql`${contacts.unpaidInvoices} > 0`);
  return and(...parts) as SQL;
}

export function contactOrder(sort: ContactFilters["sort"]) {
  if (sort === "recent") return [desc(contacts.updatedAt), asc(contacts.id)];
  if (sort === "created") return [desc(contacts.createdAt), asc(contacts.id)];
  return [asc(sql`lower(${contacts.name})`), asc(contacts.id)];
}

export const contactRowColumns = {
  id: contacts.id,
  name: contacts.name,
  rut: contacts.rut,
  emails: contacts.emails,
  phones: contacts.phones,
  tags: contacts.tags,
  sources: contacts.sources,
  hasOpenConversation: contacts.hasOpenConversation,
  unpaidInvoices: contacts.unpaidInvoices,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
};

type RowValues = { [K in keyof typeof contactRowColumns]: unknown };

export function toContactRow(r: RowValues): ContactRow {
  return {
    id: r.id as string,
    name: r.name as string,
    rut: (r.rut as string | null) ?? null,
    emails: r.emails as string[],
    phones: r.phones as string[],
    tags: r.tags as string[],
    sources: r.sources as ContactSource[],
    hasOpenConversation: r.hasOpenConversation as boolean,
    unpaidInvoices: r.unpaidInvoices as number,
    createdAt: (r.createdAt as Date).toISOString(),
    updatedAt: (r.updatedAt as Date).toISOString(),
  };
}

type RawRow = {
  id: string;
  name: string;
  rut: string | null;
  emails: string[];
  phones: string[];
  tags: string[];
  sources: string[];
  has_open_conversation: boolean;
  unpaid_invoices: number;
  created_at: Date | string;
  updated_at: Date | string;
  total: number;
};

const rawOrder = {
  name: sql`lower(m.name), m.id`,
  recent: sql`m.updated_at desc, m.id`,
  created: sql`m.created_at desc, m.id`,
};

/**
 * A search or a tag narrows a tenant to a few rows, but with ORDER BY ... LIMIT Postgres prefers to
 * walk the name index and filter, visiting every contact when few match (seconds at 100,000).
 * Materializing the matches first makes it use the trigram/tag GIN index, then sort only those.
 */
async function listSelective(tx: Tx, where: SQL, f: ContactFilters & { page: number }) {
  const rows = await executeRows<RawRow>(
    tx,
    sql`with m as materialized (
          select id, name, rut, emails, phones, tags, sources, has_open_conversation, unpaid_invoices,
                 created_at, updated_at
          from ${contacts} where ${where}
        )
        select m.*, (count(*) over ())::int as total from m
        order by ${rawOrder[f.sort]}
        limit ${CONTACT_PAGE_SIZE} offset ${(f.page - 1) * CONTACT_PAGE_SIZE}`,
  );
  const total = rows[0]?.total ?? (await countContacts(tx, where));
  const data = rows.map((r) =>
    toContactRow({
      ...r,
      hasOpenConversation: r.has_open_conversation,
      unpaidInvoices: r.unpaid_invoices,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
    }),
  );
  return { data, total, page: f.page, pageSize: CONTACT_PAGE_SIZE };
}

async function countContacts(tx: Tx, where: SQL) {
  const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(contacts).where(where);
  return total;
}

export async function listContacts(
  tx: Tx,
  tenantId: string,
  f: ContactFilters & { page: number },
): Promise<Omit<ContactListResponse, "lastSyncedAt">> {
  const where = contactWhere(tenantId, f);
  if (searchNeedle(f.q ?? "") || f.tag) return listSelective(tx, where, f);
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select(contactRowColumns)
      .from(contacts)
      .where(where)
      .orderBy(...contactOrder(f.sort))
      .limit(CONTACT_PAGE_SIZE)
      .offset((f.page - 1) * CONTACT_PAGE_SIZE),
    tx.select({ total: sql<number>`count(*)::int` }).from(contacts).where(where),
  ]);
  return { data: rows.map(toContactRow), total, page: f.page, pageSize: CONTACT_PAGE_SIZE };
}
