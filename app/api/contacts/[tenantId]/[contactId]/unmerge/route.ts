// POST /api/contacts/{tenantId}/{contactId}/unmerge {sourceId} – split a source record off into its own contact (staff)
import { apiRoute } from "@/lib/api/route";
import { contactParamsSchema, unmergeSchema } from "@/lib/contacts/contact-input";
import { unmergeSource } from "@/lib/contacts/unmerge-source";
import { withTenant } from "@/lib/db/with-tenant";

export const POST = apiRoute(
  { auth: "tenant", role: "staff", params: contactParamsSchema, body: unmergeSchema },
  ({ ctx, params, body }) => withTenant(ctx, (tx) => unmergeSource(tx, ctx, params.contactId, body.sourceId)),
);
