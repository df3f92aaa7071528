"use client";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  onPage: (p: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const from = (props.page - 1) * props.pageSize + 1;
  return (
    <nav
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm"
      aria-label={t("contacts.pageOf", { page: props.page, pages })}
    >
      <p className="text-muted-foreground tabular-nums">
        {t("contacts.range", { from, to: from + props.shown - 1, total: props.total })}
      </p>
      {pages > 1 ? (
        <div className="flex items-center gap-2">
          <Button variant="outline" size="sm" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
            <ChevronLeft aria-hidden />
            {t("contacts.previous")}
          </Button>
          <span className="text-muted-foreground tabular-nums">
            {t("contacts.pageOf", { page: props.page, pages })}
          </span>
          <Button
            variant="outline"
            size="sm"
            disabled={props.page >= pages}
            onClick={() => props.onPage(props.page + 1)}
          >
            {t("contacts.next")}
            <ChevronRight aria-hidden />
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
