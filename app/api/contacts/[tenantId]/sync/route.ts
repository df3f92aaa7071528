// POST /api/contacts/{tenantId}/sync – read Chatwoot contacts and Odoo partners into the list now (staff)
import { apiRoute } from "@/lib/api/route";
import { syncContactsForUser } from "@/lib/contacts/sync-contacts";

export const POST = apiRoute({ auth: "tenant", role: "staff" }, ({ ctx }) => syncContactsForUser(ctx));
