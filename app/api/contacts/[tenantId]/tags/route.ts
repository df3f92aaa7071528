// GET /api/contacts/{tenantId}/tags – tags in use with their counts (any member)
// POST /api/contacts/{tenantId}/tags {contactIds, add, remove} – bulk tag (staff)
import { apiRoute } from "@/lib/api/route";
import { bulkTag, tagCounts } from "@/lib/contacts/bulk-tags";
import { bulkTagSchema } from "@/lib/contacts/contact-input";
import { withTenant } from "@/lib/db/with-tenant";

export const GET = apiRoute({ auth: "tenant" }, ({ ctx }) =>
  withTenant(ctx, async (tx) => ({ data: await tagCounts(tx, ctx.tenantId) })),
);

export const POST = apiRoute({ auth: "tenant", role: "staff", body: bulkTagSchema }, ({ ctx, body }) =>
  withTenant(ctx, (tx) => bulkTag(tx, ctx, body)),
);
