"use client";
import { lazy } from "react";
import { DeferredPopup } from "@/components/deferred-popup";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { ShellUser } from "./shell-types";

const preload = () => import("./user-menu-dropdown");
const UserMenuDropdown = lazy(preload);

const initials = (user: ShellUser) =>
  (user.name || user.email)
    .split(/[\s@.]+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");

export function UserMenu({ user, authProvider }: { user: ShellUser; authProvider: "clerk" | "local" }) {
  const { t } = useI18n();
  // The same markup as components/ui/avatar without an image, minus Radix's Avatar in the first load.
  const trigger = (
    <Button variant="ghost" size="icon" className="rounded-full" aria-label={t("userMenu.account")}>
      <span data-slot="avatar" className="relative flex size-8 shrink-0 overflow-hidden rounded-full">
        <span data-slot="avatar-fallback" className="flex size-full items-center justify-center rounded-full bg-muted">
          {initials(user)}
        </span>
      </span>
    </Button>
  );
  return (
    <DeferredPopup
      kind="menu"
      preload={preload}
      trigger={trigger}
      popup={(button) => <UserMenuDropdown user={user} authProvider={authProvider} trigger={button} defaultOpen />}
    />
  );
}
