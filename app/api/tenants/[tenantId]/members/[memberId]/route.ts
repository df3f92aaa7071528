// PATCH /api/tenants/{tenantId}/members/{memberId} – change a member's role (admins)
// DELETE /api/tenants/{tenantId}/members/{memberId} – remove a member or cancel an invitation (admins)

import { apiRoute } from "@/lib/api/route";
import { changeMemberRole, removeMember } from "@/lib/tenancy/members";
import { changeRoleSchema } from "@/lib/tenancy/workspace-input";
import { z } from "@/lib/validation";

const params = z.object({ tenantId: z.string(), memberId: z.string() });

export const PATCH = apiRoute(
  { auth: "tenant", role: "admin", params, body: changeRoleSchema },
  async ({ ctx, params, body }) => {
    await changeMemberRole(ctx, params.memberId, body.role);
    return new Response(null, { status: 204 });
  },
);

export const DELETE = apiRoute({ auth: "tenant", role: "admin", params }, async ({ ctx, params }) => {
  await removeMember(ctx, params.memberId);
  return new Response(null, { status: 204 });
});
