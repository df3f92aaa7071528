import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireIdentity } from "@/lib/auth/require-identity";
import { listMyTenants } from "./memberships";

/**
 * For pages under /{slug}: the identity, the tenant named by the slug (404 when the user is not an
 * active member) and all of the user's tenants for the switcher. Memoized per request, so the layout
 * and the page share one query while each still checks access next to its data.
 */
export const getPageTenant = cache(async (slug: string) => {
  const identity = await requireIdentity(`/${slug}/overview`);
  const tenants = await listMyTenants(identity);
  const tenant = tenants.find((t) => t.slug === slug);
  if (!tenant) notFound();
  return { identity, tenant, tenants };
});
