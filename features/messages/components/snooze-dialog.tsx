"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/client";
import { parseSantiagoLocal, snoozePresetTime, toSantiagoLocal } from "../lib/snooze-time";

/** "Posponer hasta…": a date and time on Chile's clock. */
export function SnoozeDialog({
  open,
  onOpenChange,
  onSnooze,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSnooze: (until: Date) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(() => toSantiagoLocal(snoozePresetTime("tomorrow")));
  const [invalid, setInvalid] = useState(false);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const until = parseSantiagoLocal(value);
            if (!until || until.getTime() <= Date.now()) {
              setInvalid(true);
              return;
            }
            onSnooze(until);
            onOpenChange(false);
          }}
        >
          <DialogHeader>
            <DialogTitle>{t("messages.actions.snoozeTitle")}</DialogTitle>
            <DialogDescription>{t("messages.actions.snoozeBody")}</DialogDescription>
          </DialogHeader>
          <div className="grid gap-1.5">
            <Label htmlFor={id}>{t("messages.actions.snoozeUntil")}</Label>
            <Input
              id={id}
              type="datetime-local"
              value={value}
              min={toSantiagoLocal(new Date())}
              onChange={(e) => {
                setValue(e.target.value);
                setInvalid(false);
              }}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-error` : undefined}
            />
            {invalid ? (
              <p id={`${id}-error`} className="text-destructive text-sm">
                {t("messages.actions.snoozeInvalid")}
              </p>
            ) : null}
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit">{t("messages.actions.snooze")}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
