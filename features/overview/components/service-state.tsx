import { CircleDashed, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { problemText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import type { ServiceResult } from "@/lib/kpis/kpi-types";

export const SERVICE_LABEL = { chatwoot: "Chatwoot", odoo: "Odoo", n8n: "n8n" } as const;
export type ServiceKind = keyof typeof SERVICE_LABEL;

/** What a card shows instead of figures when its service is not connected or did not answer. */
export function ServiceState({
  kind,
  result,
  slug,
}: {
  kind: ServiceKind;
  result: ServiceResult<unknown>;
  slug: string;
}) {
  const { t } = useI18n();
  const service = SERVICE_LABEL[kind];
  if (result.state === "ok") return null;
  if (result.state === "not_connected") {
    return (
      <div className="grid gap-1 text-sm" data-state="not_connected">
        <p className="flex items-center gap-1.5 text-muted-foreground">
          <CircleDashed className="size-4" aria-hidden />
          {t("overview.cards.notConnected", { service })}
        </p>
        <Link href={`/${slug}/settings/integrations`} className="text-primary text-xs hover:underline">
          {t("overview.cards.connect", { service })}
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-1 text-sm" data-state="error" role="status">
      <p className="flex items-center gap-1.5 text-destructive">
        <TriangleAlert className="size-4" aria-hidden />
        {t("overview.cards.failed", { service })}
      </p>
      {problemText(result, t) ? <p className="text-muted-foreground text-xs">{problemText(result, t)}</p> : null}
    </div>
  );
}
