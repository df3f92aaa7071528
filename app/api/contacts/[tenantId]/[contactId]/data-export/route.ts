// GET /api/contacts/{tenantId}/{contactId}/data-export – everything the Hub holds about the person, as a JSON download (admins)
import { apiRoute } from "@/lib/api/route";
import { contactParamsSchema } from "@/lib/contacts/contact-input";
import { exportPersonalData } from "@/lib/contacts/data-subject";
import { withTenant } from "@/lib/db/with-tenant";

export const GET = apiRoute({ auth: "tenant", role: "admin", params: contactParamsSchema }, async ({ ctx, params }) => {
  const data = await withTenant(ctx, (tx) => exportPersonalData(tx, ctx, params.contactId));
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="datos-contacto-${params.contactId}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
