"use client";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import {
  ConversationSummary,
  OrderLine,
  odooDay,
  RecordLine,
  RecordRowsSkeleton,
} from "@/components/records/record-lines";
import { Badge } from "@/components/ui/badge";
import type { OdooOrder } from "@/features/messages/lib/api";
import { isKnownStatus } from "@/features/messages/lib/status";
import { formatCLP, formatDate } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";
import type { InvoiceWithDate } from "../lib/timeline";
import { Section } from "./contact-identity";

type Part<T> = { data: T[]; isPending: boolean; isError: boolean };

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
  if (props.part.isPending) return <RecordRowsSkeleton />;
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
  const { t } = useI18n();
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
                  <ConversationSummary
                    heading={
                      <span className="flex items-center gap-2">
                        {t("contacts.detail.conversationLabel", { id: c.id })}
                        <Badge variant={c.status === "open" ? "default" : "outline"} className="font-normal">
                          {isKnownStatus(c.status) ? t(`messages.statusOne.${c.status}`) : c.status}
                        </Badge>
                      </span>
                    }
                    lastActivityAt={c.lastActivityAt}
                    preview={c.lastMessage?.content}
                  />
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

/** An Odoo list on the contact page (orders, invoices): its lines, then a total under them. */
function OdooSection<T extends { id: number }>(props: {
  part: Part<T>;
  linked: boolean;
  connected: boolean;
  title: string;
  testId: string;
  listTestId: string;
  empty: string;
  line: (item: T) => ReactNode;
  totalLabel: string;
  total: (items: T[]) => number;
}) {
  const { t } = useI18n();
  return (
    <Section title={props.title} testId={props.testId}>
      <Body
        part={props.part}
        linked={props.linked}
        connected={props.connected}
        service="Odoo"
        notLinked={t("contacts.detail.notInOdoo")}
        error={t("contacts.detail.odooError")}
        empty={props.empty}
      >
        {(items) => (
          <>
            <ul className="grid gap-1 text-sm" data-testid={props.listTestId}>
              {items.map((item) => (
                <Fragment key={item.id}>{props.line(item)}</Fragment>
              ))}
            </ul>
            <p className="flex justify-between border-t pt-2 font-medium text-sm">
              <span>{props.totalLabel}</span>
              <span className="tabular-nums">{formatCLP(props.total(items))}</span>
            </p>
          </>
        )}
      </Body>
    </Section>
  );
}

export function OrdersSection(props: { part: Part<OdooOrder>; linked: boolean; connected: boolean }) {
  const { t } = useI18n();
  return (
    <OdooSection
      {...props}
      title={t("contacts.detail.orders")}
      testId="contact-orders"
      listTestId="odoo-orders"
      empty={t("contacts.detail.noOrders")}
      line={(o) => <OrderLine order={o} />}
      totalLabel={t("contacts.detail.total")}
      total={(items) => sum(items.map((o) => o.amountTotal))}
    />
  );
}

export function InvoicesSection(props: { part: Part<InvoiceWithDate>; linked: boolean; connected: boolean }) {
  const { t, locale } = useI18n();
  return (
    <OdooSection
      {...props}
      title={t("contacts.detail.invoices")}
      testId="contact-invoices"
      listTestId="odoo-invoices"
      empty={t("contacts.detail.noInvoices")}
      line={(i) => (
        <RecordLine
          name={i.name}
          note={
            i.amountResidual > 0 && i.dueDate
              ? t("contacts.detail.due", { date: formatDate(odooDay(i.dueDate), locale) })
              : undefined
          }
        >
          {i.amountResidual > 0 ? (
            <Badge variant="outline" className="border-amber-300 font-normal text-amber-800 dark:text-amber-200">
              {t("contacts.detail.owed")} {formatCLP(i.amountResidual)}
            </Badge>
          ) : (
            <Badge variant="outline" className="font-normal">
              {t("contacts.detail.paid")}
            </Badge>
          )}
          {formatCLP(i.amountTotal)}
        </RecordLine>
      )}
      totalLabel={t("contacts.detail.owed")}
      total={(items) => sum(items.map((i) => i.amountResidual))}
    />
  );
}
