"use client";
import { Tag, X } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { errorText } from "@/lib/browser/error-text";
import type { ContactTagCount } from "@/lib/contacts/contact-types";
import { useI18n } from "@/lib/i18n/client";
import { toast } from "@/lib/toast";
import { useBulkTag } from "../hooks/use-contact-mutations";

/** Add or remove one tag on every selected contact of the page. */
export function BulkTagBar(props: {
  tenantId: string;
  selected: string[];
  tags: ContactTagCount[];
  onDone: () => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const ids = { tag: useId(), list: useId() };
  const [tag, setTag] = useState("");
  const bulk = useBulkTag(props.tenantId);
  const name = tag.trim();

  const apply = (mode: "add" | "remove") =>
    bulk.mutate(
      { contactIds: props.selected, [mode]: [name] },
      {
        onSuccess: (r) => {
          toast.success(
            t(mode === "add" ? "contacts.bulk.added" : "contacts.bulk.removed", { tag: name, count: r.updated }),
          );
          setTag("");
          props.onDone();
        },
        onError: (error) => toast.error(errorText(error, t)),
      },
    );

  return (
    <section
      aria-label={t("contacts.bulk.selected", { count: props.selected.length })}
      className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border bg-muted/40 p-3"
      data-testid="bulk-tag-bar"
    >
      <p className="self-center font-medium text-sm" aria-live="polite">
        {t("contacts.bulk.selected", { count: props.selected.length })}
      </p>
      <div className="grid gap-1">
        <label htmlFor={ids.tag} className="text-muted-foreground text-xs">
          {t("contacts.bulk.tag")}
        </label>
        <Input
          id={ids.tag}
          list={ids.list}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          placeholder={t("contacts.bulk.tagPlaceholder")}
          maxLength={60}
          className="w-48"
        />
        <datalist id={ids.list}>
          {props.tags.map((x) => (
            <option key={x.tag} value={x.tag} />
          ))}
        </datalist>
      </div>
      <Button size="sm" onClick={() => apply("add")} disabled={!name || bulk.isPending}>
        <Tag aria-hidden />
        {t("contacts.bulk.add")}
      </Button>
      <Button size="sm" variant="outline" onClick={() => apply("remove")} disabled={!name || bulk.isPending}>
        {t("contacts.bulk.remove")}
      </Button>
      <Button size="sm" variant="ghost" onClick={props.onClear}>
        <X aria-hidden />
        {t("contacts.bulk.clear")}
      </Button>
    </section>
  );
}
