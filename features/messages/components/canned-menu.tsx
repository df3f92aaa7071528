"use client";
import { useI18n } from "@/lib/i18n/client";
import type { CannedResponse } from "@/lib/integrations/chatwoot/chatwoot-models";
import { cn } from "@/lib/utils";

/** The "/" menu above the reply box; the textarea keeps focus and drives it (aria-activedescendant). */
export function CannedMenu({
  id,
  items,
  active,
  loading,
  onPick,
}: {
  id: string;
  items: CannedResponse[];
  active: number;
  loading: boolean;
  onPick: (c: CannedResponse) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="absolute right-0 bottom-full left-0 z-20 mb-2 max-h-72 overflow-y-auto rounded-lg border bg-popover p-1 text-popover-foreground shadow-lg">
      <p className="px-2 py-1 font-medium text-muted-foreground text-xs">{t("messages.composer.canned")}</p>
      {loading ? (
        <p className="px-2 py-2 text-muted-foreground text-sm">{t("messages.composer.cannedLoading")}</p>
      ) : items.length === 0 ? (
        <p className="px-2 py-2 text-muted-foreground text-sm">{t("messages.composer.cannedEmpty")}</p>
      ) : (
        <div id={id} role="listbox" aria-label={t("messages.composer.canned")}>
          {items.map((c, i) => (
            <div
              key={c.id}
              id={`${id}-${c.id}`}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              // mousedown, not click: the textarea must not lose focus first.
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(c);
              }}
              className={cn("cursor-pointer rounded-md px-2 py-1.5 text-sm", i === active && "bg-accent")}
            >
              <span className="font-medium">/{c.shortCode}</span>
              <span className="ml-2 line-clamp-1 text-muted-foreground">{c.content}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
