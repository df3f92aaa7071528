"use client";
import { Play } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";
import { useRunActions } from "../hooks/use-run-actions";
import type { WorkflowDetail } from "../lib/automation-types";
import { exampleBody, parseJsonBody } from "../lib/json-body";

/**
 * Runs a webhook workflow from the Hub: n8n has no "run by id", so the server calls the workflow's
 * production webhook with this body. The JSON is checked here first, so a typo never reaches n8n.
 */
export function RunPanel({
  tenantId,
  workflow,
  onStarted,
}: {
  tenantId: string;
  workflow: WorkflowDetail;
  onStarted: (executionId: string | null) => void;
}) {
  const { t } = useI18n();
  const ids = { body: useId(), error: useId() };
  const [text, setText] = useState(() => exampleBody(workflow.name));
  const [problem, setProblem] = useState<string | null>(null);
  const { run } = useRunActions(tenantId, workflow.id);
  const webhook = workflow.trigger.webhook;
  if (!webhook) return null;

  const submit = () => {
    const parsed = parseJsonBody(text);
    if (!parsed.ok) {
      setProblem(
        parsed.reason === "empty" ? t("automation.jsonEmpty") : t("automation.jsonInvalid", { reason: parsed.detail }),
      );
      return;
    }
    setProblem(null);
    run.mutate(parsed.value, {
      onSuccess: ({ execution }) => {
        toast.success(execution ? t("automation.runStartedSeen", { id: execution.id }) : t("automation.runStarted"));
        onStarted(execution?.id ?? null);
      },
      onError: (error) => toast.error(errorText(error, t), { duration: 10_000 }),
    });
  };

  return (
    <section className="rounded-lg border p-4" aria-labelledby={`${ids.body}-title`}>
      <h2 id={`${ids.body}-title`} className="font-semibold">
        {t("automation.runTitle")}
      </h2>
      <p className="mt-1 text-muted-foreground text-sm">
        {t("automation.runBody")} <code className="text-xs">{`${webhook.method} /webhook/${webhook.path}`}</code>
      </p>
      {!workflow.active ? (
        <p className="mt-3 text-amber-700 text-sm dark:text-amber-400" role="status">
          {t("automation.runInactive")}
        </p>
      ) : null}
      <form
        className="mt-3 grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={ids.body} className="font-medium text-sm">
          {t("automation.runBodyLabel")}
        </label>
        <Textarea
          id={ids.body}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={(e) => {
            // Ctrl/⌘+Enter runs, as in n8n's own editor.
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              submit();
            }
          }}
          rows={6}
          spellCheck={false}
          className="font-mono text-xs"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? ids.error : undefined}
        />
        {problem ? (
          <p id={ids.error} className="text-destructive text-sm" role="alert">
            {problem}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={run.isPending || !workflow.active}>
            <Play aria-hidden />
            {t("automation.runSubmit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
