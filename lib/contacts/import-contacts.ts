import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { logActivity } from "@/lib/activity/log-activity";
import type { ImportResponse, ImportRowResult } from "@/lib/contacts/contact-types";
import { identityKeys, KeyIndex } from "@/lib/contacts/identity-keys";
import type { Tx } from "@/lib/db/open";
import { contacts } from "@/lib/db/schema";
import { textArray } from "@/lib/db/sql-array";
import type { TenantContext } from "@/lib/db/with-tenant";
import { ApiError, fieldProblems } from "@/lib/errors";
import { parseContactsCsv } from "./contact-csv";
import { createContactSchema } from "./contact-input";

export const MAX_IMPORT_ROWS = 5_000;

/**
 * Checks every row of a contacts CSV and, unless it is a dry run, applies them all in the caller's
 * transaction. One bad row stops the whole import: a half-imported file is worse than none, because
 * the person cannot tell which half is in. Rows that share a key with an existing contact update it;
 * rows that share one only with each other stay separate, as in the file (an export of contacts a
 * person split on purpose imports back as they were).
 */
export async function importContacts(
  tx: Tx,
  ctx: TenantContext,
  csv: string,
  dryRun: boolean,
): Promise<ImportResponse> {
  const parsed = parseContactsCsv(csv);
  const [problem] = parsed.errors;
  if (problem) throw new ApiError("validation_error", problem.reason, { details: { columns: problem.columns } });
  if (parsed.rows.length === 0) throw new ApiError("validation_error", "import_no_rows");
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw new ApiError("validation_error", "import_too_many_rows", { details: { max: MAX_IMPORT_ROWS } });
  }

  const index = new KeyIndex();
  const existing = await tx
    .select({ id: contacts.id, rut: contacts.rut, emails: contacts.emails, phones: contacts.phones })
    .from(contacts)
    .where(eq(contacts.tenantId, ctx.tenantId));
  for (const c of existing) index.add(c.id, c);

  const plan: { result: ImportRowResult; contactId: string | null; notes: string }[] = [];
  for (const { line, contact } of parsed.rows) {
    const check = createContactSchema.safeParse({ ...contact, rut: contact.rut || null });
    const { fieldErrors, fieldReasons } = fieldProblems({
      row: check.success ? [] : [...new Set(check.error.issues.map((i) => i.message))],
    });
    const errors = fieldErrors.row ?? [];
    const v = check.success ? check.data : null;
    const keys = identityKeys({ rut: v?.rut ?? null, emails: v?.emails, phones: v?.phones });
    const match = index.match(keys);
    plan.push({
      contactId: match?.contactId ?? null,
      notes: v?.notes ?? contact.notes,
      result: {
        line,
        name: v?.name ?? contact.name,
        rut: v?.rut ?? null,
        emails: v?.emails ?? contact.emails,
        phones: v?.phones ?? contact.phones,
        tags: v?.tags ?? contact.tags,
        action: match ? "update" : "create",
        errors,
        errorReasons: fieldReasons.row ?? [],
      },
    });
  }
  const invalid = plan.filter((p) => p.result.errors.length > 0).length;
  const response = { rows: plan.map((p) => p.result), valid: plan.length - invalid, invalid, applied: false };
  if (dryRun) return response;
  if (invalid > 0) {
    throw new ApiError("validation_error", "import_invalid_rows", {
      details: { invalid, rows: response.rows.filter((r) => r.errors.length > 0) },
    });
  }

  let created = 0;
  let updated = 0;
  for (const { result: r, contactId, notes } of plan) {
    if (contactId) {
      await tx
        .update(contacts)
        .set({
          name: r.name,
          rut: sql`coalesce(${contacts.rut}, ${r.rut})`,
          emails: sql`array(select distinct unnest(${contacts.emails} || ${textArray(r.emails)}))`,
          phones: sql`array(select distinct unnest(${contacts.phones} || ${textArray(r.phones)}))`,
          tags: sql`array(select distinct unnest(${contacts.tags} || ${textArray(r.tags)}))`,
          ...(notes ? { notes } : {}),
        })
        .where(and(eq(contacts.tenantId, ctx.tenantId), eq(contacts.id, contactId)));
      updated++;
    } else {
      await tx.insert(contacts).values({
        tenantId: ctx.tenantId,
        name: r.name,
        rut: r.rut,
        emails: r.emails,
        phones: r.phones,
        tags: r.tags,
        notes,
        sources: ["hub"],
      });
      created++;
    }
  }
  await logActivity(tx, ctx, "contacts.imported", null, { created, updated });
  return { ...response, applied: true };
}
