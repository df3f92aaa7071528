// GET /api/chatwoot/{tenantId}/contacts?page=&q= – a page of contacts, searched by name, email or phone when q is given
// POST /api/chatwoot/{tenantId}/contacts – create a contact in an inbox (staff)
import { apiRoute } from "@/lib/api/route";
import { contactListQuery, createContactBody } from "@/lib/proxy/chatwoot/chatwoot-requests";
import { chatwootFor } from "@/lib/proxy/clients";
import { emptyQuery } from "@/lib/proxy/proxy-params";

export const GET = apiRoute({ auth: "tenant", upstream: true, query: contactListQuery }, async ({ ctx, query }) => {
  const chatwoot = await chatwootFor(ctx);
  return query.q ? chatwoot.searchContacts(query.q, query.page) : chatwoot.listContacts(query.page);
});

export const POST = apiRoute(
  { auth: "tenant", upstream: true, role: "staff", query: emptyQuery, body: createContactBody },
  async ({ ctx, body }) => {
    const chatwoot = await chatwootFor(ctx);
    return Response.json({ contact: await chatwoot.createContact(body) }, { status: 201 });
  },
);
