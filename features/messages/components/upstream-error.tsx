"use client";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";

/** A failed call to Chatwoot or Odoo: what failed, the server's reason, and a retry. */
export function UpstreamError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="m-3 grid gap-2 rounded-lg border border-destructive/40 bg-destructive/5 p-3 text-sm">
      <p className="flex items-center gap-2 font-medium">
        <TriangleAlert className="size-4 shrink-0 text-destructive" aria-hidden />
        {title}
      </p>
      <p className="text-muted-foreground">{errorText(error, t)}</p>
      <Button size="sm" variant="outline" className="justify-self-start" onClick={onRetry}>
        {t("common.retry")}
      </Button>
    </div>
  );
}
