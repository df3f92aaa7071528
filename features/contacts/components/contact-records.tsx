"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import type { OdooOrder } from "@/features/messages/lib/api";
import { isKnownStatus } from "@/features/messages/lib/status";
import { formatCLP, formatDate, formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Conversation } from "@/lib/integrations/chatwoot/types";
import type { InvoiceWithDate } from "../lib/timeline";
import { Section } from "./contact-identity";

type Part<T> = { data: T[]; isPending: boolean; isError: boolean };

const Rows = () => (
  <div className="grid gap-1.5" aria-hidden>
    <Skeleton className="h-4 w-full" />
    <Skeleton className="h-4 w-2/3" />
  </div>
);

function Body<T>(props: {
  part: Part<T>;
  linked: boolean;
  connected: boolean;
  service: string;
  notLinked: string;
  error: string;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useI18n();
  const muted = (text: string) => <p className="text-muted-foreground text-sm">{text}</p>;
  if (!props.connected) return muted(t("contacts.detail.serviceNotConnected", { service: props.service }));
  if (!props.linked) return muted(props.notLinked);
  if (props.part.isPending) return <Rows />;
  if (props.part.isError && props.part.data.length === 0)
    return <p className="text-destructive text-sm">{props.error}</p>;
  if (props.part.data.length === 0) return muted(props.empty);
  return props.children(props.part.data);
}

export function ConversationsSection(props: {
  slug: string;
  part: Part<Conversation>;
  linked: boolean;
  connected: boolean;
}) {
  const { t, locale } = useI18n();
  const sorted = [...props.part.data].sort(
    (a, b) => Date.parse(b.lastActivityAt ?? b.createdAt ?? "0") - Date.parse(a.lastActivityAt ?? a.createdAt ?? "0"),
  );
  return (
    <Section title={t("contacts.detail.conversations")} testId="contact-conversations">
      <Body
        part={{ ...props.part, data: sorted }}
        linked={props.linked}
        connected={props.connected}
        service="Chatwoot"
        notLinked={t("contacts.detail.notInChatwoot")}
        error={t("contacts.detail.conversationsError")}
        empty={t("contacts.detail.noConversations")}
      >
        {(items) => (
          <ul className="grid gap-1">
            {items.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/${props.slug}/messages/${c.id}`}
                  className="grid rounded-md px-2 py-1.5 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
                >
                  <span className="flex justify-between gap-2 text-muted-foreground text-xs">
                    <span className="flex items-center gap-2">
                      {t("contacts.detail.conversationLabel", { id: c.id })}
                      <Badge variant={c.status === "open" ? "default" : "outline"} className="font-normal">
                        {isKnownStatus(c.status) ? t(`messages.statusOne.${c.status}`) : c.status}
                      </Badge>
                    </span>
                    {c.lastActivityAt ? <span>{formatRelative(c.lastActivityAt, locale)}</span> : null}
                  </span>
                  <span className="truncate">{c.lastMessage?.content || t("messages.noPreview")}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Body>
    </Section>
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
// Odoo's dates are calendar days: noon UTC keeps them on the same day in Santiago.
const dayOf = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T12:00:00Z` : d);

export function OrdersSection(props: { part: Part<OdooOrder>; linked: boolean; connected: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Section title={t("contacts.detail.orders")} testId="contact-orders">
      <Body
        part={props.part}
        linked={props.linked}
        connected={props.connected}
        service="Odoo"
        notLinked={t("contacts.detail.notInOdoo")}
        error={t("contacts.detail.odooError")}
        empty={t("contacts.detail.noOrders")}
      >
        {(items) => (
          <>
            <ul className="grid gap-1 text-sm" data-testid="odoo-orders">
              {items.map((o) => (
                <li key={o.id} className="flex justify-between gap-2">
                  <span>
                    {o.name}
                    {o.dateOrder ? (
                      <span className="ml-2 text-muted-foreground text-xs">
                        {formatDate(dayOf(o.dateOrder), locale)}
                      </span>
                    ) : null}
                  </span>
                  <span className="tabular-nums">{formatCLP(o.amountTotal)}</span>
                </li>
              ))}
            </ul>
            <p className="flex justify-between border-t pt-2 font-medium text-sm">
              <span>{t("contacts.detail.total")}</span>
              <span className="tabular-nums">{formatCLP(sum(items.map((o) => o.amountTotal)))}</span>
            </p>
          </>
        )}
      </Body>
    </Section>
  );
}

export function InvoicesSection(props: { part: Part<InvoiceWithDate>; linked: boolean; connected: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Section title={t("contacts.detail.invoices")} testId="contact-invoices">
      <Body
        part={props.part}
        linked={props.linked}
        connected={props.connected}
        service="Odoo"
        notLinked={t("contacts.detail.notInOdoo")}
        error={t("contacts.detail.odooError")}
        empty={t("contacts.detail.noInvoices")}
      >
        {(items) => (
          <>
            <ul className="grid gap-1 text-sm" data-testid="odoo-invoices">
              {items.map((i) => (
                <li key={i.id} className="flex justify-between gap-2">
                  <span>
                    {i.name}
                    {i.amountResidual > 0 && i.dueDate ? (
                      <span className="ml-2 text-muted-foreground text-xs">
                        {t("contacts.detail.due", { date: formatDate(dayOf(i.dueDate), locale) })}
                      </span>
                    ) : null}
                  </span>
                  <span className="flex items-center gap-2 tabular-nums">
                    {i.amountResidual > 0 ? (
                      <Badge
                        variant="outline"
                        className="border-amber-300 font-normal text-amber-800 dark:text-amber-200"
                      >
                        {t("contacts.detail.owed")} {formatCLP(i.amountResidual)}
                      </Badge>
                    ) : (
                      <Badge variant="outline" className="font-normal">
                        {t("contacts.detail.paid")}
                      </Badge>
                    )}
                    {formatCLP(i.amountTotal)}
                  </span>
                </li>
              ))}
            </ul>
            <p className="flex justify-between border-t pt-2 font-medium text-sm">
              <span>{t("contacts.detail.owed")}</span>
              <span className="tabular-nums">{formatCLP(sum(items.map((i) => i.amountResidual)))}</span>
            </p>
          </>
        )}
      </Body>
    </Section>
  );
}
