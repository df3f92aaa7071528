import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { clerkEnabled } from "@/lib/env";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { identity, tenant, tenants } = await getPageTenant((await params).tenant);
  return (
    <AppShell tenant={tenant} tenants={tenants} user={identity} authProvider={clerkEnabled ? "clerk" : "local"}>
      {children}
    </AppShell>
  );
}
