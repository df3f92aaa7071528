"use client";
import { Loader2 } from "lucide-react";
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";
import { navItems } from "./nav-items";

/** A fixed-size mark beside the tab being opened, for tabs with no skeleton of their own (Mensajes). */
function PendingMark() {
  const { pending } = useLinkStatus();
  return (
    <Loader2
      className={cn("ml-auto size-3.5 animate-spin transition-opacity", pending ? "opacity-70" : "opacity-0")}
      aria-hidden
      data-pending={pending ? "" : undefined}
    />
  );
}

/**
 * One tab. It prefetches when the pointer or focus reaches it, not when it scrolls into view: the six
 * tabs' prefetches on every page load cost the server a dozen renders while the page itself was still
 * hydrating, on the same cores.
 */
function NavLink({
  href,
  active,
  onNavigate,
  children,
}: {
  href: string;
  active: boolean;
  onNavigate?: () => void;
  children: React.ReactNode;
}) {
  const [intent, setIntent] = useState(false);
  const reach = () => setIntent(true);
  return (
    <Link
      href={href}
      prefetch={intent ? null : false}
      onPointerEnter={reach}
      onFocus={reach}
      onTouchStart={reach}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-3 rounded-md px-3 py-2 font-medium text-sm transition-colors",
        "outline-none focus-visible:ring-2 focus-visible:ring-ring",
        active
          ? "bg-sidebar-accent text-sidebar-accent-foreground"
          : "text-sidebar-foreground/80 hover:bg-sidebar-accent/60 hover:text-sidebar-accent-foreground",
      )}
    >
      {children}
      <PendingMark />
    </Link>
  );
}

export function NavLinks({ slug, onNavigate }: { slug: string; onNavigate?: () => void }) {
  const pathname = usePathname();
  const { t } = useI18n();
  return (
    <nav aria-label={t("nav.mainNavigation")} className="grid gap-1">
      {navItems.map(({ segment, label, icon: Icon }) => {
        const href = `/${slug}/${segment}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <NavLink key={segment} href={href} active={active} onNavigate={onNavigate}>
            <Icon className="size-4" aria-hidden />
            {t(label)}
          </NavLink>
        );
      })}
    </nav>
  );
}
