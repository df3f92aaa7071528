"use client";
import { MessageCircleReply, PlugZap, UserPlus, Workflow } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Overview } from "@/lib/kpis/kpi-types";
import { SERVICE_LABEL, type ServiceKind } from "./service-state";

function Action({ href, icon, children, id }: { href: string; icon: ReactNode; children: ReactNode; id: string }) {
  return (
    <li>
      <Link
        href={href}
        data-action={id}
        className="flex items-start gap-3 rounded-md border px-3 py-2 text-sm transition-colors hover:bg-muted"
      >
        {icon}
        <span className="grid gap-0.5">{children}</span>
      </Link>
    </li>
  );
}

/** The next useful step from here: answer whoever waits longest, connect what is missing, grow the team. */
export function QuickActions({ data, slug }: { data: Overview; slug: string }) {
  const { t, locale } = useI18n();
  const oldest = data.chatwoot.state === "ok" ? data.chatwoot.data.oldestWaiting : null;
  const missing = (["chatwoot", "odoo", "n8n"] as ServiceKind[]).filter((k) => data[k].state === "not_connected");
  const isAdmin = data.role === "admin";
  const icon = (I: typeof Workflow) => <I className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />;
  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle className="text-base">{t("overview.quick.title")}</CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        <ul className="grid gap-2">
          {data.chatwoot.state === "ok" ? (
            oldest ? (
              <Action id="reply-oldest" href={`/${slug}/messages/${oldest.id}`} icon={icon(MessageCircleReply)}>
                <span className="font-medium">{t("overview.quick.replyOldest")}</span>
                <span className="text-muted-foreground text-xs">
                  {t("overview.quick.replyOldestDetail", {
                    name: oldest.contactName ?? `#${oldest.id}`,
                    when: formatRelative(oldest.since, locale),
                  })}
                </span>
              </Action>
            ) : (
              <li className="px-3 py-2 text-muted-foreground text-sm">{t("overview.quick.noneWaiting")}</li>
            )
          ) : null}
          {isAdmin
            ? missing.map((k) => (
                <Action key={k} id={`connect-${k}`} href={`/${slug}/settings/integrations`} icon={icon(PlugZap)}>
                  <span className="font-medium">{t("overview.quick.connect", { service: SERVICE_LABEL[k] })}</span>
                </Action>
              ))
            : null}
          {isAdmin ? (
            <Action id="invite" href={`/${slug}/settings/members`} icon={icon(UserPlus)}>
              <span className="font-medium">{t("overview.quick.invite")}</span>
            </Action>
          ) : null}
          {data.role !== "viewer" && data.n8n.state !== "not_connected" ? (
            <Action id="create-workflow" href={`/${slug}/automation`} icon={icon(Workflow)}>
              <span className="font-medium">{t("overview.quick.createWorkflow")}</span>
            </Action>
          ) : null}
        </ul>
      </CardContent>
    </Card>
  );
}
