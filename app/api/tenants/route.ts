// GET /api/tenants – the signed-in user's tenants with their role
// POST /api/tenants – a signed-in user creates a workspace and becomes its admin
import { apiRoute } from "@/lib/api/route";
import { createWorkspace } from "@/lib/tenancy/create-workspace";
import { listMyTenants } from "@/lib/tenancy/memberships";
import { createWorkspaceSchema } from "@/lib/tenancy/schemas";

export const GET = apiRoute({ auth: "user" }, async ({ identity }) => ({ data: await listMyTenants(identity) }));

export const POST = apiRoute({ auth: "user", body: createWorkspaceSchema }, async ({ identity, body }) => {
  const tenant = await createWorkspace(identity, body);
  return Response.json({ tenant }, { status: 201 });
});
