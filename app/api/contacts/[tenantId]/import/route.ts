// POST /api/contacts/{tenantId}/import {csv, dryRun} – preview (dryRun) or apply a contacts CSV, all rows or none (staff)
import { apiRoute } from "@/lib/api/route";
import { importContacts } from "@/lib/contacts/import-contacts";
import { withTenant } from "@/lib/db/with-tenant";
import { issue, z } from "@/lib/validation";

const importBody = z.object({
  csv: z.string().min(1, issue("csv_required")).max(5_000_000, issue("file_too_large")),
  dryRun: z.boolean().optional().default(true),
});

export const POST = apiRoute({ auth: "tenant", role: "staff", body: importBody }, ({ ctx, body }) =>
  withTenant(ctx, (tx) => importContacts(tx, ctx, body.csv, body.dryRun)),
);
