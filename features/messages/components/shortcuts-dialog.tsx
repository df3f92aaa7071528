"use client";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";

const SHORTCUTS: [string[], MessageKey][] = [
  [["j", "↓"], "messages.shortcuts.next"],
  [["k", "↑"], "messages.shortcuts.prev"],
  [["Enter", "r"], "messages.shortcuts.reply"],
  [["e"], "messages.shortcuts.resolve"],
  [["/"], "messages.shortcuts.canned"],
  [["?"], "messages.shortcuts.help"],
  [["Enter"], "messages.shortcuts.send"],
  [["Shift", "Enter"], "messages.shortcuts.newline"],
];

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{t("messages.shortcuts.title")}</DialogTitle>
          <DialogDescription className="sr-only">{t("messages.selectBody")}</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, label]) => (
            <div key={label} className="contents">
              <dt className="flex gap-1">
                {keys.map((k, i) => (
                  <kbd key={k} className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">
                    {k}
                    {/* "Shift Enter" is one chord; the others are alternatives. */}
                    <span className="sr-only">{i < keys.length - 1 ? (keys[0] === "Shift" ? " + " : " / ") : ""}</span>
                  </kbd>
                ))}
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  );
}
