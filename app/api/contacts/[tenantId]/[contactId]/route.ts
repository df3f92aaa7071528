// GET /api/contacts/{tenantId}/{contactId} – one contact, its source records and activity (any member)
// PATCH – edit, optionally writing the change to Chatwoot and Odoo (staff)
// DELETE – erase the person from the Hub, a data-subject request (admins)
import { apiRoute } from "@/lib/api/route";
import { contactParamsSchema, updateContactSchema } from "@/lib/contacts/contact-input";
import { eraseContact } from "@/lib/contacts/data-subject";
import { getContact } from "@/lib/contacts/get-contact";
import { updateContact } from "@/lib/contacts/save-contact";
import { withTenant } from "@/lib/db/with-tenant";

export const GET = apiRoute({ auth: "tenant", params: contactParamsSchema }, ({ ctx, params }) =>
  withTenant(ctx, async (tx) => ({ contact: await getContact(tx, ctx.tenantId, params.contactId) })),
);

export const PATCH = apiRoute(
  { auth: "tenant", role: "staff", params: contactParamsSchema, body: updateContactSchema },
  ({ ctx, params, body }) => updateContact(ctx, params.contactId, body),
);

export const DELETE = apiRoute({ auth: "tenant", role: "admin", params: contactParamsSchema }, ({ ctx, params }) =>
  withTenant(ctx, (tx) => eraseContact(tx, ctx, params.contactId)),
);
