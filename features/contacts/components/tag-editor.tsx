"use client";
import { Plus, X } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { errorText } from "@/lib/browser/error-text";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";
import { useUpdateContact } from "../hooks/use-contact-mutations";
import { useContactTags } from "../hooks/use-contacts";

/** The contact's tags; staff add one by typing and Enter, remove one with its ×. Each change saves at once. */
export function TagEditor(props: { tenantId: string; contactId: string; tags: string[]; canEdit: boolean }) {
  const { t } = useI18n();
  const ids = { input: useId(), list: useId() };
  const [draft, setDraft] = useState("");
  const update = useUpdateContact(props.tenantId, props.contactId);
  const known = useContactTags(props.tenantId);

  const save = (tags: string[]) =>
    update.mutate(
      { tags },
      {
        onSuccess: () => setDraft(""),
        onError: (error) => toast.error(errorText(error, t)),
      },
    );
  const add = (e: FormEvent) => {
    e.preventDefault();
    const tag = draft.trim();
    if (!tag) return;
    if (props.tags.includes(tag)) return setDraft("");
    save([...props.tags, tag]);
  };

  return (
    <div className="grid gap-2">
      {props.tags.length ? (
        <ul className="flex flex-wrap gap-1" aria-label={t("contacts.detail.tags")}>
          {props.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="secondary" className="gap-1 font-normal">
                {tag}
                {props.canEdit ? (
                  <button
                    type="button"
                    className="-mr-1 rounded-sm p-0.5 hover:bg-background/60 focus-visible:outline-2 focus-visible:outline-ring"
                    aria-label={t("contacts.detail.removeTag", { tag })}
                    disabled={update.isPending}
                    onClick={() => save(props.tags.filter((x) => x !== tag))}
                  >
                    <X aria-hidden className="size-3" />
                  </button>
                ) : null}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted-foreground text-sm">{t("contacts.detail.none")}</p>
      )}
      {props.canEdit ? (
        <form onSubmit={add} className="flex gap-2">
          <label htmlFor={ids.input} className="sr-only">
            {t("contacts.detail.newTag")}
          </label>
          <Input
            id={ids.input}
            list={ids.list}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t("contacts.detail.newTag")}
            maxLength={60}
            className="h-8 max-w-48"
          />
          <datalist id={ids.list}>
            {(known.data ?? [])
              .filter((x) => !props.tags.includes(x.tag))
              .map((x) => (
                <option key={x.tag} value={x.tag} />
              ))}
          </datalist>
          <Button type="submit" size="sm" variant="outline" disabled={!draft.trim() || update.isPending}>
            <Plus aria-hidden />
            {t("contacts.detail.addTag")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
