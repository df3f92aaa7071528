"use client";
import { ArrowLeft, UserX } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { QueryError } from "@/components/query-error";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";
import { useContactRecords } from "../hooks/use-contact-records";
import { useContact } from "../hooks/use-contacts";
import type { EraseResult } from "../lib/api";
import { buildTimeline } from "../lib/timeline";
import { ActivityTimeline } from "./activity-timeline";
import { ContactIdentity } from "./contact-identity";
import { ConversationsSection, InvoicesSection, OrdersSection } from "./contact-records";
import { EditContactDialog } from "./edit-contact-dialog";
import { ErasedNotice, PersonalData } from "./personal-data";
import { SourceBadges } from "./source-badges";
import { SourceRecords } from "./source-records";

/** /{slug}/contacts/{id}: who the customer is, where they come from, and what they talked and bought. */
export function ContactScreen(props: {
  tenantId: string;
  slug: string;
  contactId: string;
  canEdit: boolean;
  isAdmin: boolean;
  connected: { chatwoot: boolean; odoo: boolean };
}) {
  const { t } = useI18n();
  const router = useRouter();
  const contact = useContact(props.tenantId, props.contactId);
  const [erased, setErased] = useState<{ name: string; result: EraseResult } | null>(null);
  const records = useContactRecords(props.tenantId, contact.data?.sourceRecords ?? [], props.connected);
  const timeline = useMemo(
    () =>
      buildTimeline({
        activity: contact.data?.activity ?? [],
        conversations: records.conversations.data,
        orders: records.orders.data,
        invoices: records.invoices.data,
      }),
    [contact.data?.activity, records.conversations.data, records.orders.data, records.invoices.data],
  );
  const listHref = `/${props.slug}/contacts`;
  const back = (
    <Link
      href={listHref}
      className="mb-4 inline-flex items-center gap-1 text-muted-foreground text-sm hover:text-foreground"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t("contacts.detail.back")}
    </Link>
  );

  if (erased) return <ErasedNotice name={erased.name} result={erased.result} onBack={() => router.push(listHref)} />;
  if (contact.isPending) {
    return (
      <div className="grid gap-4" role="status" aria-busy="true" aria-label={t("common.loading")}>
        {back}
        <Skeleton className="h-8 w-72" />
        <div className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-56 w-full" />
          <Skeleton className="h-56 w-full" />
        </div>
      </div>
    );
  }
  if (contact.isError) {
    const missing = contact.error instanceof ApiClientError && contact.error.status === 404;
    return (
      <>
        {back}
        {missing ? (
          <EmptyState
            icon={UserX}
            title={t("contacts.detail.notFoundTitle")}
            body={t("contacts.detail.notFoundBody")}
            action={
              <Button variant="outline" asChild>
                <Link href={listHref}>{t("contacts.detail.back")}</Link>
              </Button>
            }
          />
        ) : (
          <QueryError error={contact.error} onRetry={() => contact.refetch()} />
        )}
      </>
    );
  }

  const c = contact.data;
  return (
    <>
      {back}
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="font-semibold text-2xl tracking-tight">{c.name}</h1>
          <SourceBadges sources={c.sources} />
        </div>
        {props.canEdit ? <EditContactDialog tenantId={props.tenantId} contact={c} /> : null}
      </div>
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <div className="grid gap-4">
          <ContactIdentity tenantId={props.tenantId} contact={c} canEdit={props.canEdit} />
          <SourceRecords
            tenantId={props.tenantId}
            slug={props.slug}
            contactId={c.id}
            records={c.sourceRecords}
            canEdit={props.canEdit}
          />
          {props.isAdmin ? (
            <PersonalData
              tenantId={props.tenantId}
              contact={c}
              onErased={(result) => setErased({ name: c.name, result })}
            />
          ) : null}
        </div>
        <div className="grid gap-4">
          <ConversationsSection
            slug={props.slug}
            part={records.conversations}
            linked={records.hasChatwoot}
            connected={props.connected.chatwoot}
          />
          <OrdersSection part={records.orders} linked={records.hasOdoo} connected={props.connected.odoo} />
          <InvoicesSection part={records.invoices} linked={records.hasOdoo} connected={props.connected.odoo} />
          <ActivityTimeline entries={timeline} />
        </div>
      </div>
    </>
  );
}
