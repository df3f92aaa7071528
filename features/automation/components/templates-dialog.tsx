"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactElement, useState } from "react";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";
import { useImportTemplate, useTemplates } from "../hooks/use-templates";
import type { TemplateSummary } from "../lib/automation-types";
import { TriggerBadge } from "./trigger-badge";

/** The SmarterOS templates, each imported into the tenant's n8n with one click (inactive). */
export function TemplatesDialog({
  tenantId,
  slug,
  trigger,
  defaultOpen = false,
}: {
  tenantId: string;
  slug: string;
  trigger: ReactElement;
  defaultOpen?: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(defaultOpen);
  const templates = useTemplates(tenantId, open);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[85vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t("automation.templatesTitle")}</DialogTitle>
          <DialogDescription>{t("automation.templatesBody")}</DialogDescription>
        </DialogHeader>
        {templates.isPending ? (
          <div className="grid gap-3" role="status" aria-busy="true" aria-label={t("common.loading")}>
            <Skeleton className="h-28 w-full" />
            <Skeleton className="h-28 w-full" />
            <Skeleton className="h-28 w-full" />
          </div>
        ) : templates.isError ? (
          <QueryError error={templates.error} onRetry={() => templates.refetch()} />
        ) : (
          <ul className="grid gap-3">
            {templates.data.map((tpl) => (
              <TemplateItem key={tpl.id} tenantId={tenantId} slug={slug} template={tpl} />
            ))}
          </ul>
        )}
      </DialogContent>
    </Dialog>
  );
}

function TemplateItem({ tenantId, slug, template }: { tenantId: string; slug: string; template: TemplateSummary }) {
  const { t } = useI18n();
  const router = useRouter();
  const importTemplate = useImportTemplate(tenantId);
  const imported = template.importedAs.length;
  return (
    <li className="rounded-lg border p-4" data-testid="template-item">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h3 className="font-medium">{template.name}</h3>
          <p className="text-muted-foreground text-sm">{template.description}</p>
        </div>
        <Button
          size="sm"
          variant={imported ? "outline" : "default"}
          disabled={importTemplate.isPending}
          onClick={() =>
            importTemplate.mutate(template.id, {
              onSuccess: (w) =>
                toast.success(t("automation.imported"), {
                  action: { label: w.name, onClick: () => router.push(`/${slug}/automation/${w.id}`) },
                }),
              onError: (error) => toast.error(errorText(error, t)),
            })
          }
        >
          {importTemplate.isPending
            ? t("automation.importing")
            : imported
              ? t("automation.importAgain")
              : t("automation.importTemplate")}
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <TriggerBadge kind={template.trigger} />
        <code className="text-muted-foreground text-xs">POST /{template.webhookPath}</code>
        {imported ? (
          <Badge variant="outline">
            <Link href={`/${slug}/automation/${template.importedAs[0]}`}>
              {t("automation.importedBefore", { count: imported })}
            </Link>
          </Badge>
        ) : null}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-muted-foreground">{t("automation.setup")}</summary>
        <ul className="mt-2 list-disc pl-5 text-muted-foreground">
          {template.setup.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}
