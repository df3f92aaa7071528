"use client";
import { Unlink } from "lucide-react";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/confirm-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { errorText } from "@/lib/browser/error-text";
import type { ContactSourceRecord } from "@/lib/contacts/contact-types";
import { formatPhone, formatRut } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import type { Translate } from "@/lib/i18n/types";
import { toast } from "@/lib/toast";
import { useUnmerge } from "../hooks/use-contact-mutations";
import { Section } from "./contact-identity";
import { SourceBadge } from "./source-badges";

const serviceName = { chatwoot: "Chatwoot", odoo: "Odoo" } as const;

/** Why a record was joined to this contact, in the words a shop owner uses. */
export function mergeExplanation(r: ContactSourceRecord, t: Translate): string {
  const m = r.matchReason;
  if (!m) return t("contacts.detail.origin");
  if (m.key === "rut") return t("contacts.detail.byRut", { value: formatRut(m.value) });
  if (m.key === "phone") return t("contacts.detail.byPhone", { value: formatPhone(m.value) });
  return t("contacts.detail.byEmail", { value: m.value });
}

export function SourceRecords(props: {
  tenantId: string;
  slug: string;
  contactId: string;
  records: ContactSourceRecord[];
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const unmerge = useUnmerge(props.tenantId, props.contactId);
  const attached = props.records.filter((r) => !r.detached);
  return (
    <Section
      title={t("contacts.detail.sources")}
      description={t("contacts.detail.sourcesBody")}
      testId="source-records"
    >
      {props.records.length === 0 ? (
        <p className="text-muted-foreground text-sm">{t("contacts.detail.noSources")}</p>
      ) : (
        <ul className="grid gap-3">
          {props.records.map((r) => (
            <li
              key={r.id}
              className="grid gap-1 rounded-md border p-3 text-sm"
              data-testid="source-record"
              data-source={r.source}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex flex-wrap items-center gap-2">
                  <SourceBadge source={r.source} />
                  <span className="font-medium">{r.name}</span>
                  <span className="text-muted-foreground text-xs">
                    {t("contacts.detail.externalId", { id: r.externalId })}
                  </span>
                  {r.detached ? <Badge variant="outline">{t("contacts.detail.detached")}</Badge> : null}
                </div>
                {/* The last attached record is the contact itself: there is nothing to separate it from. */}
                {props.canEdit && !r.detached && attached.length > 1 ? (
                  <ConfirmAction
                    trigger={
                      <Button size="sm" variant="outline" disabled={unmerge.isPending}>
                        <Unlink aria-hidden />
                        {t("contacts.detail.unmerge")}
                      </Button>
                    }
                    title={t("contacts.detail.unmergeTitle", { service: serviceName[r.source] })}
                    body={t("contacts.detail.unmergeBody", { name: r.name, service: serviceName[r.source] })}
                    confirmLabel={t("contacts.detail.unmerge")}
                    onConfirm={() =>
                      unmerge.mutate(r.id, {
                        onSuccess: ({ split }) =>
                          toast.success(t("contacts.detail.unmerged"), {
                            action: {
                              label: t("contacts.detail.openSplit"),
                              onClick: () => router.push(`/${props.slug}/contacts/${split.id}`),
                            },
                          }),
                        onError: (error) => toast.error(errorText(error, t)),
                      })
                    }
                  />
                ) : null}
              </div>
              <p className="text-muted-foreground" data-testid="merge-reason">
                {mergeExplanation(r, t)}
              </p>
              <p className="text-muted-foreground text-xs tabular-nums">
                {[r.rut ? formatRut(r.rut) : null, r.phone ? formatPhone(r.phone) : null, r.email]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
