import { redirect } from "next/navigation";
import { requireIdentity } from "@/lib/auth/require-identity";
import { listMyTenants } from "@/lib/tenancy/memberships";

// The front door: signed-out people sign in, members land in their first workspace, and someone
// with no workspace yet creates one.
export default async function Home() {
  const identity = await requireIdentity("/");
  const tenants = await listMyTenants(identity);
  redirect(tenants.length ? `/${tenants[0].slug}/overview` : "/workspaces/new");
}
