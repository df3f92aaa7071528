"use client";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import {
  ConversationSummary,
  OrderLine,
  odooDay,
  RecordLine,
  RecordRowsSkeleton,
} from "@/components/records/record-lines";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatCLP, formatDate, formatPhone, formatRut } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Conversation } from "@/lib/integrations/chatwoot/chatwoot-models";
import { useContactConversations, useOdooContext } from "../hooks/use-contact-context";
import { isKnownStatus } from "../lib/status";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-1.5">
      <h3 className="font-medium text-muted-foreground text-xs uppercase tracking-wide">{title}</h3>
      {children}
    </section>
  );
}

/** Who the customer is and what they have bought and owe, beside the chat. */
export function ContactPanel({
  tenantId,
  conversation,
  odooConnected,
  onOpenConversation,
  onClose,
}: {
  tenantId: string;
  conversation: Conversation;
  odooConnected: boolean;
  onOpenConversation: (id: number) => void;
  onClose?: () => void;
}) {
  const { t, locale } = useI18n();
  const contact = conversation.contact;
  const others = useContactConversations(tenantId, contact?.id ?? null);
  const odoo = useOdooContext(tenantId, contact, odooConnected);
  const otherConversations = (others.data ?? []).filter((c) => c.id !== conversation.id);

  return (
    <aside
      className="flex h-full min-h-0 flex-col overflow-y-auto"
      aria-label={t("messages.contact.title")}
      data-testid="contact-panel"
    >
      <div className="flex items-center justify-between border-b px-4 py-3">
        <h2 className="font-semibold">{t("messages.contact.title")}</h2>
        {onClose ? (
          <Button variant="ghost" size="icon-sm" onClick={onClose} aria-label={t("messages.contact.close")}>
            <X aria-hidden />
          </Button>
        ) : null}
      </div>
      <div className="grid gap-5 p-4 text-sm">
        <div className="grid gap-1">
          <p className="font-medium text-base">{contact?.name || "—"}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {contact?.phoneNumber ? (
              <>
                <dt className="text-muted-foreground">{t("messages.contact.phone")}</dt>
                <dd className="tabular-nums">
                  <a href={`tel:${contact.phoneNumber}`} className="hover:underline">
                    {formatPhone(contact.phoneNumber)}
                  </a>
                </dd>
              </>
            ) : null}
            {contact?.email ? (
              <>
                <dt className="text-muted-foreground">{t("messages.contact.email")}</dt>
                <dd className="truncate">
                  <a href={`mailto:${contact.email}`} className="hover:underline">
                    {contact.email}
                  </a>
                </dd>
              </>
            ) : null}
            {contact?.rut || odoo.partner.data?.vat ? (
              <>
                <dt className="text-muted-foreground">{t("messages.contact.rut")}</dt>
                <dd className="tabular-nums">{formatRut(contact?.rut || odoo.partner.data?.vat || "")}</dd>
              </>
            ) : null}
          </dl>
        </div>

        <Section title={t("messages.contact.labels")}>
          {conversation.labels.length ? (
            <div className="flex flex-wrap gap-1">
              {conversation.labels.map((l) => (
                <Badge key={l} variant="secondary">
                  {l}
                </Badge>
              ))}
            </div>
          ) : (
            <p className="text-muted-foreground">{t("messages.actions.noLabels")}</p>
          )}
        </Section>

        <Section title={t("messages.contact.otherConversations")}>
          {others.isPending && contact ? (
            <RecordRowsSkeleton />
          ) : otherConversations.length === 0 ? (
            <p className="text-muted-foreground">{t("messages.contact.noOtherConversations")}</p>
          ) : (
            <ul className="grid gap-1">
              {otherConversations.slice(0, 8).map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="grid w-full rounded-md px-2 py-1 text-left hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
                    onClick={() => onOpenConversation(c.id)}
                  >
                    <ConversationSummary
                      heading={
                        <span>
                          #{c.id} · {isKnownStatus(c.status) ? t(`messages.statusOne.${c.status}`) : c.status}
                        </span>
                      }
                      lastActivityAt={c.lastActivityAt}
                      preview={c.lastMessage?.content}
                    />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Section>

        {odooConnected ? (
          odoo.partner.isError ? (
            <p className="text-muted-foreground">{t("messages.contact.odooError")}</p>
          ) : odoo.partner.isPending && contact ? (
            <RecordRowsSkeleton />
          ) : !odoo.partner.data ? (
            <p className="text-muted-foreground">{t("messages.contact.notInOdoo")}</p>
          ) : (
            <>
              <Section title={t("messages.contact.orders")}>
                {odoo.orders.isPending ? (
                  <RecordRowsSkeleton />
                ) : (odoo.orders.data ?? []).length === 0 ? (
                  <p className="text-muted-foreground">{t("messages.contact.noOrders")}</p>
                ) : (
                  <ul className="grid gap-1" data-testid="odoo-orders">
                    {(odoo.orders.data ?? []).map((o) => (
                      <OrderLine key={o.id} order={o} />
                    ))}
                  </ul>
                )}
              </Section>
              <Section title={t("messages.contact.invoices")}>
                {odoo.invoices.isPending ? (
                  <RecordRowsSkeleton />
                ) : (odoo.invoices.data ?? []).length === 0 ? (
                  <p className="text-muted-foreground">{t("messages.contact.noInvoices")}</p>
                ) : (
                  <ul className="grid gap-1" data-testid="odoo-invoices">
                    {(odoo.invoices.data ?? []).map((i) => (
                      <RecordLine
                        key={i.id}
                        name={i.name}
                        note={
                          i.dueDate
                            ? t("messages.contact.due", { date: formatDate(odooDay(i.dueDate), locale) })
                            : undefined
                        }
                      >
                        {formatCLP(i.amountResidual)}
                      </RecordLine>
                    ))}
                  </ul>
                )}
              </Section>
            </>
          )
        ) : null}
      </div>
    </aside>
  );
}
