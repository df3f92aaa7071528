import type { ReactNode } from "react";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import type { ShellTenant, ShellUser } from "./shell-types";
import { TenantSwitcher } from "./tenant-switcher";
import { UserMenu } from "./user-menu";

type Props = {
  tenant: ShellTenant;
  tenants: ShellTenant[];
  user: ShellUser;
  authProvider: "clerk" | "local";
  children: ReactNode;
};

export function AppShell({ tenant, tenants, user, authProvider, children }: Props) {
  // Only what the client components need crosses to the browser.
  const pick = ({ id, slug, legalName, role }: ShellTenant): ShellTenant => ({ id, slug, legalName, role });
  const current = pick(tenant);
  const all = tenants.map(pick);
  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col gap-4 border-r bg-sidebar p-3 md:flex">
        <TenantSwitcher current={current} tenants={all} />
        <NavLinks slug={tenant.slug} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center gap-2 border-b bg-background/95 px-4 backdrop-blur">
          <MobileNav tenant={current} tenants={all} />
          <span className="truncate font-semibold md:hidden">{tenant.legalName}</span>
          <div className="ml-auto">
            <UserMenu user={{ name: user.name, email: user.email }} authProvider={authProvider} />
          </div>
        </header>
        <main className="flex-1 p-4 md:p-8">{children}</main>
      </div>
    </div>
  );
}
