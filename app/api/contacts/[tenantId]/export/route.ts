// GET /api/contacts/{tenantId}/export?<list filters>&separator=semicolon|comma – the filtered list as CSV (staff)
import { apiRoute } from "@/lib/api/route";
import { exportContacts } from "@/lib/contacts/export-contacts";
import { contactFiltersSchema } from "@/lib/contacts/filters";
import { withTenant } from "@/lib/db/with-tenant";
import { z } from "@/lib/validation";

const exportQuery = contactFiltersSchema.extend({
  separator: z.enum(["semicolon", "comma"]).optional().default("semicolon"),
});

export const GET = apiRoute({ auth: "tenant", role: "staff", query: exportQuery }, async ({ ctx, query }) => {
  const csv = await withTenant(ctx, (tx) => exportContacts(tx, ctx, query, query.separator === "comma" ? "," : ";"));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="contactos-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
