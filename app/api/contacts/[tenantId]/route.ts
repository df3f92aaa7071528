// GET /api/contacts/{tenantId}?q=&source=&tag=&open=&unpaid=&sort=&page= – the merged customer list (any member)
// POST /api/contacts/{tenantId} – create a contact, optionally also in Chatwoot and Odoo (staff)
import { apiRoute } from "@/lib/api/route";
import { createContactSchema } from "@/lib/contacts/contact-input";
import { contactListQuerySchema } from "@/lib/contacts/filters";
import { listContacts } from "@/lib/contacts/list-contacts";
import { createContact } from "@/lib/contacts/save-contact";
import { lastContactSync } from "@/lib/contacts/sync-contacts";
import { withTenant } from "@/lib/db/with-tenant";

export const GET = apiRoute({ auth: "tenant", query: contactListQuerySchema }, ({ ctx, query }) =>
  withTenant(ctx, async (tx) => ({
    ...(await listContacts(tx, ctx.tenantId, query)),
    lastSyncedAt: await lastContactSync(tx, ctx.tenantId),
  })),
);

export const POST = apiRoute({ auth: "tenant", role: "staff", body: createContactSchema }, async ({ ctx, body }) =>
  Response.json(await createContact(ctx, body), { status: 201 }),
);
