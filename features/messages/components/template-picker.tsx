"use client";
import { Clock } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { useI18n } from "@/lib/i18n/client";
import type { MessageTemplate } from "@/lib/integrations/chatwoot/chatwoot-models";
import type { TemplateSend } from "../lib/send-machine";
import { missingVariables, renderTemplate, templateVariables } from "../lib/template-params";
import { MessageText } from "./message-text";

/**
 * What the composer offers once WhatsApp's 24-hour window has closed: the inbox's approved
 * templates, one input per {{n}}, and the message as the customer will read it.
 */
export function TemplatePicker({
  templates,
  disabled,
  onSend,
}: {
  templates: MessageTemplate[];
  disabled: boolean;
  onSend: (input: { content: string; template: TemplateSend }) => void;
}) {
  const { t } = useI18n();
  const approved = useMemo(() => templates.filter((tpl) => tpl.approved), [templates]);
  const [name, setName] = useState<string>("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const baseId = useId();
  const template = approved.find((tpl) => tpl.name === name) ?? null;
  const variables = templateVariables(template?.body ?? null);
  const missing = template ? missingVariables(template.body, values) : [];

  const submit = () => {
    setTried(true);
    if (!template || missing.length) return;
    const body = Object.fromEntries(variables.map((n) => [n, values[n].trim()]));
    onSend({
      content: renderTemplate(template.body, values),
      template: {
        name: template.name,
        ...(template.category ? { category: template.category } : {}),
        ...(template.language ? { language: template.language } : {}),
        processedParams: { body },
      },
    });
    setValues({});
    setTried(false);
  };

  return (
    <div className="grid gap-3" data-testid="template-picker">
      <div className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 text-sm dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
        <Clock className="mt-0.5 size-4 shrink-0" aria-hidden />
        <div>
          <p className="font-medium">{t("messages.window.closedTitle")}</p>
          <p className="opacity-90">{t("messages.window.closedBody")}</p>
        </div>
      </div>
      {approved.length === 0 ? (
        <p className="text-muted-foreground text-sm">{t("messages.window.noTemplates")}</p>
      ) : (
        <form
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={`${baseId}-tpl`}>{t("messages.window.template")}</Label>
            <NativeSelect
              id={`${baseId}-tpl`}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setValues({});
                setTried(false);
              }}
              disabled={disabled}
              className="h-9 text-sm"
            >
              <option value="" disabled>
                {t("messages.window.chooseTemplate")}
              </option>
              {approved.map((tpl) => (
                <option key={tpl.name} value={tpl.name}>
                  {tpl.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          {template ? (
            <>
              {variables.length ? (
                <div className="grid gap-2 sm:grid-cols-2">
                  {variables.map((n) => (
                    <div key={n} className="grid gap-1">
                      <Label htmlFor={`${baseId}-p${n}`}>{t("messages.window.parameter", { n })}</Label>
                      <Input
                        id={`${baseId}-p${n}`}
                        value={values[n] ?? ""}
                        onChange={(e) => setValues((v) => ({ ...v, [n]: e.target.value }))}
                        aria-invalid={tried && !values[n]?.trim()}
                        maxLength={1024}
                        disabled={disabled}
                      />
                    </div>
                  ))}
                </div>
              ) : null}
              <div className="grid gap-1">
                <p className="font-medium text-muted-foreground text-xs">{t("messages.window.preview")}</p>
                <p className="rounded-md bg-muted p-2 text-sm" data-testid="template-preview">
                  <MessageText text={renderTemplate(template.body, values)} />
                </p>
              </div>
              {tried && missing.length ? (
                <p className="text-destructive text-sm" role="alert">
                  {t("messages.window.missing")}
                </p>
              ) : null}
              <Button type="submit" className="justify-self-end" disabled={disabled}>
                {t("messages.window.sendTemplate")}
              </Button>
            </>
          ) : null}
        </form>
      )}
    </div>
  );
}
