"use client";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { errorText, problemText } from "@/lib/browser/error-text";
import type { SyncResponse } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import type { Translate } from "@/lib/i18n/types";
import { toast } from "@/lib/toast";
import { useSyncContacts } from "../hooks/use-contact-mutations";

const serviceName = { chatwoot: "Chatwoot", odoo: "Odoo" } as const;

/** One line per service: how many records were read, or which one failed or is not connected and why. */
export function syncOutcomeLines(
  r: SyncResponse,
  t: Translate,
): { service: "chatwoot" | "odoo"; ok: boolean; text: string }[] {
  return (["chatwoot", "odoo"] as const).map((s) => {
    const o = r[s];
    const service = serviceName[s];
    if (o.status === "ok") return { service: s, ok: true, text: t("contacts.sync.ok", { service, count: o.records }) };
    if (o.status === "not_connected")
      return { service: s, ok: false, text: t("contacts.sync.notConnected", { service }) };
    const message = problemText(o, t);
    return {
      service: s,
      ok: false,
      text: message ? t("contacts.sync.failed", { service, message }) : t("contacts.sync.failedNoDetail", { service }),
    };
  });
}

export function SyncButton({ tenantId, onResult }: { tenantId: string; onResult: (r: SyncResponse) => void }) {
  const { t } = useI18n();
  const sync = useSyncContacts(tenantId);
  return (
    <Button
      variant="outline"
      disabled={sync.isPending}
      onClick={() =>
        sync.mutate(undefined, {
          onSuccess: (r) => {
            onResult(r);
            const failed = syncOutcomeLines(r, t).filter((l) => !l.ok);
            const done = t("contacts.sync.done", { created: r.created, merged: r.merged });
            if (failed.length) toast.warning(done, { description: failed.map((l) => l.text).join(" ") });
            else toast.success(done);
          },
          onError: (error) => toast.error(errorText(error, t)),
        })
      }
    >
      <RefreshCw aria-hidden className={sync.isPending ? "animate-spin" : undefined} />
      {sync.isPending ? t("contacts.sync.running") : t("contacts.sync.button")}
    </Button>
  );
}

/** "Última sincronización: hace 5 minutos" and, right after a sync, what each service answered. */
export function SyncStatus({
  lastSyncedAt,
  result,
  format,
}: {
  lastSyncedAt: string | null;
  result: SyncResponse | null;
  format: (iso: string) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="mb-4 grid gap-1 text-sm" data-testid="sync-status">
      <p className="text-muted-foreground">
        {lastSyncedAt ? t("contacts.sync.last", { when: format(lastSyncedAt) }) : t("contacts.sync.never")}
      </p>
      {result ? (
        <ul className="grid gap-0.5" aria-live="polite">
          {syncOutcomeLines(result, t).map((l) => (
            <li
              key={l.service}
              className={l.ok ? "text-muted-foreground" : "text-destructive"}
              data-service={l.service}
            >
              {l.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
