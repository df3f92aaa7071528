// GET /api/tenants/{tenantId}/members – members and pending invitations (any member)
// POST /api/tenants/{tenantId}/members – invite by email with a role (admins); the link goes to that email
import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { inviteMember, listMembers } from "@/lib/tenancy/members";
import { inviteMemberSchema } from "@/lib/tenancy/workspace-input";

export const GET = apiRoute({ auth: "tenant" }, async ({ ctx }) => ({ data: await listMembers(ctx) }));

export const POST = apiRoute(
  { auth: "tenant", role: "admin", body: inviteMemberSchema },
  async ({ req, ctx, body }) => {
    const member = await inviteMember(ctx, body, publicOrigin(req));
    return Response.json({ member }, { status: 201 });
  },
);
