"use client";
import { SearchX, Users } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { TableSkeleton } from "@/components/table-skeleton";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SyncResponse } from "@/lib/contacts/contact-types";
import { formatRelative } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { useContactFilters } from "../hooks/use-contact-filters";
import { useContacts, useContactTags } from "../hooks/use-contacts";
import { clearedFilters, contactQuery, exportQuery, hasFilters } from "../lib/filters";
import { BulkTagBar } from "./bulk-tag-bar";
import { ContactFiltersBar } from "./contact-filters";
import { ContactTable } from "./contact-table";
import { CreateContactButton } from "./create-contact-button";
import { ExportMenu } from "./export-menu";
import { ImportButton } from "./import-button";
import { Pager } from "./pager";
import { SyncButton, SyncStatus } from "./sync-button";

/** /{slug}/contacts: one list of the tenant's customers from the inbox, the ERP and the Hub itself. */
export function ContactsScreen({ tenantId, slug, canEdit }: { tenantId: string; slug: string; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const { filters, setFilters } = useContactFilters();
  const query = useMemo(() => contactQuery(filters), [filters]);
  const list = useContacts(tenantId, query);
  const tags = useContactTags(tenantId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [syncResult, setSyncResult] = useState<SyncResponse | null>(null);

  // A selection is of the rows on screen: another page or filter starts a new one.
  const queryId = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is the trigger, not an input.
  useEffect(() => setSelected(new Set()), [queryId]);

  const select = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const data = list.data;
  const writeActions = canEdit ? (
    <>
      <ImportButton tenantId={tenantId} />
      <CreateContactButton tenantId={tenantId} slug={slug} />
    </>
  ) : null;

  return (
    <>
      <PageHeader
        title={t("contacts.title")}
        description={t("contacts.subtitle")}
        actions={
          <div className="flex flex-wrap gap-2">
            {canEdit ? <SyncButton tenantId={tenantId} onResult={setSyncResult} /> : null}
            {canEdit ? <ExportMenu tenantId={tenantId} query={exportQuery(filters)} /> : null}
            {writeActions}
          </div>
        }
      />
      {!canEdit ? (
        <Alert className="mb-4">
          <AlertDescription>{t("contacts.viewerNotice")}</AlertDescription>
        </Alert>
      ) : null}
      {data ? (
        <SyncStatus
          lastSyncedAt={syncResult?.syncedAt ?? data.lastSyncedAt}
          result={syncResult}
          format={(iso) => formatRelative(iso, locale)}
        />
      ) : null}
      <ContactFiltersBar filters={filters} tags={tags.data ?? []} onChange={setFilters} />
      {canEdit && selected.size > 0 ? (
        <BulkTagBar
          tenantId={tenantId}
          selected={[...selected]}
          tags={tags.data ?? []}
          onDone={() => setSelected(new Set())}
          onClear={() => setSelected(new Set())}
        />
      ) : null}
      {list.isPending ? (
        <TableSkeleton rows={8} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : !data || data.data.length === 0 ? (
        hasFilters(filters) ? (
          <EmptyState
            icon={SearchX}
            title={t("contacts.noMatchTitle")}
            body={t("contacts.noMatchBody")}
            action={
              <Button variant="outline" onClick={() => setFilters(clearedFilters)}>
                {t("contacts.clearFilters")}
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={Users}
            title={t("contacts.emptyTitle")}
            body={canEdit ? t("contacts.emptyBody") : t("contacts.emptyViewerBody")}
            action={
              canEdit ? (
                <div className="flex flex-wrap justify-center gap-2">
                  <SyncButton tenantId={tenantId} onResult={setSyncResult} />
                  {writeActions}
                </div>
              ) : null
            }
          />
        )
      ) : (
        <div
          className={list.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
          aria-busy={list.isFetching}
        >
          <ContactTable slug={slug} contacts={data.data} selectable={canEdit} selected={selected} onSelect={select} />
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            shown={data.data.length}
            onPage={(page) => setFilters({ page })}
          />
        </div>
      )}
    </>
  );
}
