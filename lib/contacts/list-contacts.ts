import "server-only";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { ContactListResponse, ContactRow, ContactSource } from "@/lib/contacts/contact-types";
import { likePattern, searchNeedle } from "@/lib/contacts/search-pattern";
import { executeRows } from "@/lib/db/execute-rows";
import type { Tx } from "@/lib/db/open";
import { contacts } from "@/lib/db/schema";
import type { ContactFilters } from "./filters";

export const CONTACT_PAGE_SIZE = 50;

/** Search and tag filters go through the indexes in app.contact_match_ids; see contactWhere. */
function searchesOrTags(f: ContactFilters): boolean {
  return Boolean(searchNeedle(f.q ?? "") || f.tag);
}

/**
 * Whether the filters likely keep few rows (listFiltered) rather than many (listAll). A source alone
 * usually keeps a large share, which the name index pages through faster than a sort of every match.
 */
function narrow(f: ContactFilters): boolean {
  return searchesOrTags(f) || f.open || f.unpaid;
}

/**
 * The WHERE clause for a tenant's filtered list; the tenant is explicit even though RLS holds it too.
 * Under RLS Postgres uses an index for a condition only when its operator is leakproof. LIKE and @>
 * are not, so the search and tag filters run in app.contact_match_ids (see its migration), which
 * returns matching ids; the others are written with leakproof operators (= any, =, >).
 */
export function contactWhere(tenantId: string, f: ContactFilters): SQL {
  const parts: SQL[] = [eq(contacts.tenantId, tenantId)];
  if (searchesOrTags(f)) {
    const needle = searchNeedle(f.q ?? "");
    const matches = sql`app.contact_match_ids(${tenantId}::uuid, ${needle ? likePattern(needle) : null}::text, ${f.tag || null}::text)`;
    parts.push(sql`${contacts.id} = any(array(select ${matches}))`);
  }
  if (f.source) parts.push(sql`${f.source}::text = any(${contacts.sources})`);
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

const pageOrder = {
  name: sql`m.name_key, m.id`,
  recent: sql`m.updated_at desc, m.id`,
  created: sql`m.created_at desc, m.id`,
};

/**
 * A filter may keep a few rows of 100,000 or a third of them. With ORDER BY ... LIMIT Postgres walks
 * the name index and filters, visiting nearly every contact when few match (seconds at 100,000).
 * Materializing the matches' ids and sort keys first reads each match once, sorts only those, and
 * reads whole rows for the one page shown.
 */
async function listFiltered(tx: Tx, tenantId: string, where: SQL, f: ContactFilters & { page: number }) {
  const rows = await executeRows<RawRow>(
    tx,
    sql`with m as materialized (
          select id, lower(name) as name_key, updated_at, created_at from ${contacts} where ${where}
        ), p as (
          select id, (count(*) over ())::int as total, row_number() over (order by ${pageOrder[f.sort]}) as ord
          from m order by ord
          limit ${CONTACT_PAGE_SIZE} offset ${(f.page - 1) * CONTACT_PAGE_SIZE}
        )
        select c.id, c.name, c.rut, c.emails, c.phones, c.tags, c.sources, c.has_open_conversation,
               c.unpaid_invoices, c.created_at, c.updated_at, p.total
        from ${contacts} c join p on p.id = c.id
        where c.tenant_id = ${tenantId}
        order by p.ord`,
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

/** The whole list, or a filter that keeps many rows: the sort order's index pages through it. */
async function listAll(tx: Tx, where: SQL, f: ContactFilters & { page: number }) {
  const [rows, total] = await Promise.all([
    tx
      .select(contactRowColumns)
      .from(contacts)
      .where(where)
      .orderBy(...contactOrder(f.sort))
      .limit(CONTACT_PAGE_SIZE)
      .offset((f.page - 1) * CONTACT_PAGE_SIZE),
    countContacts(tx, where),
  ]);
  return { data: rows.map(toContactRow), total, page: f.page, pageSize: CONTACT_PAGE_SIZE };
}

export async function listContacts(
  tx: Tx,
  tenantId: string,
  f: ContactFilters & { page: number },
): Promise<Omit<ContactListResponse, "lastSyncedAt">> {
  const where = contactWhere(tenantId, f);
  return narrow(f) ? listFiltered(tx, tenantId, where, f) : listAll(tx, where, f);
}
