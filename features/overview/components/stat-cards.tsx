"use client";
import { Bot, FileWarning, Inbox, MessageSquareText, ShoppingCart, UserPlus } from "lucide-react";
import { formatCLP, formatInteger } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Overview } from "@/lib/kpis/kpi-types";
import { ServiceState } from "./service-state";
import { StatCard } from "./stat-card";

/** The seven Resumen figures, each from its own service and each linking to the tab behind it. */
export function StatCards({ data, slug }: { data: Overview; slug: string }) {
  const { t } = useI18n();
  const link = t("overview.details");
  const cw = data.chatwoot.state === "ok" ? data.chatwoot.data : null;
  const odoo = data.odoo.state === "ok" ? data.odoo.data : null;
  const n8n = data.n8n.state === "ok" ? data.n8n.data : null;
  const cwState = cw ? undefined : <ServiceState kind="chatwoot" result={data.chatwoot} slug={slug} />;
  const odooState = odoo ? undefined : <ServiceState kind="odoo" result={data.odoo} slug={slug} />;
  const n8nState = n8n ? undefined : <ServiceState kind="n8n" result={data.n8n} slug={slug} />;
  const unanswered = cw
    ? cw.unansweredCapped
      ? t("overview.moreThan", { count: formatInteger(cw.unanswered) })
      : formatInteger(cw.unanswered)
    : "";
  return (
    <section className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" aria-label={t("overview.title")}>
      <StatCard
        id="open"
        title={t("overview.cards.open")}
        icon={Inbox}
        href={`/${slug}/messages`}
        linkLabel={link}
        state={cwState}
        value={cw ? formatInteger(cw.open) : null}
        detail={cw ? t("overview.cards.unanswered", { count: unanswered }) : null}
      />
      <StatCard
        id="messages-today"
        title={t("overview.cards.messagesToday")}
        icon={MessageSquareText}
        href={`/${slug}/kpis?range=7#service`}
        linkLabel={link}
        state={cwState}
        value={cw ? (cw.messagesToday === null ? "—" : formatInteger(cw.messagesToday)) : null}
        detail={cw?.messagesToday === null ? t("overview.cards.messagesNeedAdmin") : null}
      />
      <StatCard
        id="new-contacts"
        title={t("overview.cards.newContacts")}
        icon={UserPlus}
        href={`/${slug}/contacts`}
        linkLabel={link}
        state={cwState}
        value={cw ? formatInteger(cw.newContactsWeek) : null}
      />
      <StatCard
        id="sales-month"
        title={t("overview.cards.salesMonth")}
        icon={ShoppingCart}
        href={`/${slug}/kpis#sales`}
        linkLabel={link}
        state={odooState}
        value={odoo ? formatCLP(odoo.salesMonth) : null}
        detail={odoo ? t("overview.cards.ordersMonth", { count: formatInteger(odoo.ordersMonth) }) : null}
      />
      <StatCard
        id="unpaid"
        title={t("overview.cards.unpaid")}
        icon={FileWarning}
        href={`/${slug}/kpis#invoices`}
        linkLabel={link}
        state={odooState}
        value={odoo ? formatCLP(odoo.unpaidAmount) : null}
        detail={odoo ? t("overview.cards.unpaidCount", { count: formatInteger(odoo.unpaidCount) }) : null}
      />
      <StatCard
        id="runs-today"
        title={t("overview.cards.runsToday")}
        icon={Bot}
        href={`/${slug}/automation`}
        linkLabel={link}
        state={n8nState}
        value={n8n ? formatInteger(n8n.runsToday) : null}
        detail={n8n ? t("overview.cards.failuresToday", { count: formatInteger(n8n.failuresToday) }) : null}
      />
    </section>
  );
}
