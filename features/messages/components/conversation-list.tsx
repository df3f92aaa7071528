"use client";
import { Inbox as InboxGlyph, Loader2 } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { Conversation, Inbox } from "@/lib/integrations/chatwoot/chatwoot-models";
import { defaultFilters, filtersToSearch, type ListFilters } from "../lib/filters";
import { markFirstRow } from "../lib/perf-marks";
import { useRowWindow } from "../lib/use-row-window";
import { ConversationRow, ROW_HEIGHT } from "./conversation-row";
import { ListSkeleton } from "./list-skeleton";
import { UpstreamError } from "./upstream-error";

type Props = {
  slug: string;
  items: Conversation[];
  filters: ListFilters;
  inboxes: Inbox[];
  selectedId: number | null;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  moreError: unknown;
  onOpen: (id: number) => void;
  onIntent?: (id: number) => void;
  onClearFilters: (next: Partial<ListFilters>) => void;
};

/** The endless, virtualized list: only the rows on screen exist in the DOM, even for 10,000. */
export function ConversationList(props: Props) {
  const { t } = useI18n();
  const { items, filters, selectedId, hasMore, loadMore, loadingMore, moreError } = props;
  // The server's HTML holds as many rows as a tall screen shows, so the first paint is a full list
  // while the script is still on its way.
  const rowWindow = useRowWindow({ count: items.length, rowHeight: ROW_HEIGHT, overscan: 5, initialHeight: 1_100 });
  const lastIndex = rowWindow.rows.at(-1)?.index ?? -1;

  // Fetch the next Chatwoot page when the last rows come into view.
  useEffect(() => {
    if (hasMore && !loadingMore && !moreError && lastIndex >= items.length - 5) loadMore();
  }, [hasMore, loadingMore, moreError, lastIndex, items.length, loadMore]);

  useEffect(() => {
    if (items.length > 0) markFirstRow();
  }, [items.length]);

  // j/k and links from elsewhere: keep the open conversation on screen.
  const { scrollToIndex } = rowWindow;
  const selectedIndex = useMemo(() => items.findIndex((c) => c.id === selectedId), [items, selectedId]);
  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex);
  }, [selectedIndex, scrollToIndex]);

  // Relative times ("hace 5 minutos") move on by themselves.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const inboxNames = useMemo(() => new Map(props.inboxes.map((i) => [i.id, i.name])), [props.inboxes]);
  const search = filtersToSearch(filters);

  if (props.isPending) return <ListSkeleton />;
  if (props.error && items.length === 0) {
    return <UpstreamError title={t("messages.chatwootError")} error={props.error} onRetry={props.onRetry} />;
  }
  if (items.length === 0) return <EmptyList filters={filters} onClear={props.onClearFilters} />;

  return (
    <div
      ref={rowWindow.ref}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain"
      data-testid="conversation-list"
      aria-busy={loadingMore}
    >
      <ul className="relative w-full" style={{ height: rowWindow.totalSize }} aria-label={t("messages.conversations")}>
        {rowWindow.rows.map((v) => {
          const c = items[v.index];
          return (
            <li
              key={c.id}
              className="absolute top-0 left-0 w-full"
              style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
            >
              <ConversationRow
                conversation={c}
                href={`/${props.slug}/messages/${c.id}${search}`}
                selected={c.id === selectedId}
                showStatus={filters.status === "all" || filters.q !== ""}
                inboxName={(c.inboxId !== null && inboxNames.get(c.inboxId)) || ""}
                now={now}
                onOpen={props.onOpen}
                onIntent={props.onIntent}
              />
            </li>
          );
        })}
      </ul>
      {loadingMore ? (
        <p className="flex items-center justify-center gap-2 p-3 text-muted-foreground text-xs" role="status">
          <Loader2 className="size-3.5 animate-spin" aria-hidden />
          {t("messages.loadingMore")}
        </p>
      ) : null}
      {moreError ? (
        <div className="flex items-center justify-center gap-2 p-3 text-xs" role="alert">
          {t("messages.loadMoreFailed")}
          <Button size="xs" variant="outline" onClick={loadMore}>
            {t("common.retry")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function EmptyList({ filters, onClear }: { filters: ListFilters; onClear: (next: Partial<ListFilters>) => void }) {
  const { t } = useI18n();
  const narrowed = filters.inboxId !== null || filters.label !== null || filters.q !== "";
  const body = filters.q
    ? t("messages.emptySearch", { q: filters.q })
    : narrowed
      ? t("messages.emptyFiltered")
      : filters.assignee === "me"
        ? t("messages.emptyMine")
        : filters.assignee === "unassigned"
          ? t("messages.emptyUnassigned")
          : t("messages.emptyAll");
  return (
    <div className="grid justify-items-center gap-2 px-6 py-12 text-center" data-testid="conversation-list-empty">
      <InboxGlyph className="size-8 text-muted-foreground" aria-hidden />
      <p className="font-medium">{t(`messages.emptyTitle.${filters.status}`)}</p>
      <p className="text-muted-foreground text-sm">{body}</p>
      {narrowed || filters.assignee !== "all" ? (
        <Button size="sm" variant="outline" onClick={() => onClear({ ...defaultFilters, status: filters.status })}>
          {t("messages.clearFilters")}
        </Button>
      ) : null}
    </div>
  );
}
