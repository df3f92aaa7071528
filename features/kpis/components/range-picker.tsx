"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/client";
import { customHref, isValidRange, PRESETS, presetHref, type RangeChoice } from "../lib/range-param";

/** 7 / 30 / 90 days or a custom pair of days; the choice goes into the URL. */
export function RangePicker({ choice }: { choice: RangeChoice }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const router = useRouter();
  const [custom, setCustom] = useState(choice.range);
  const [editing, setEditing] = useState(choice.preset === "custom");
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isValidRange(custom)) return setInvalid(true);
    setInvalid(false);
    router.push(customHref(pathname, custom));
  };
  return (
    <div className="grid gap-2">
      <fieldset className="flex flex-wrap items-center gap-1" aria-label={t("kpis.range.label")}>
        {PRESETS.map((p) => (
          <Button key={p} asChild size="sm" variant={choice.preset === p ? "default" : "outline"}>
            <Link href={presetHref(pathname, p)} aria-current={choice.preset === p ? "page" : undefined} data-range={p}>
              {t(`kpis.range.d${p}`)}
            </Link>
          </Button>
        ))}
        <Button
          size="sm"
          variant={choice.preset === "custom" ? "default" : "outline"}
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {t("kpis.range.custom")}
        </Button>
      </fieldset>
      {editing ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <div className="grid gap-1">
            <Label htmlFor="kpi-from">{t("kpis.range.from")}</Label>
            <Input
              id="kpi-from"
              type="date"
              value={custom.from}
              onChange={(e) => setCustom({ ...custom, from: e.target.value })}
            />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="kpi-to">{t("kpis.range.to")}</Label>
            <Input
              id="kpi-to"
              type="date"
              value={custom.to}
              onChange={(e) => setCustom({ ...custom, to: e.target.value })}
            />
          </div>
          <Button type="submit" size="sm">
            {t("kpis.range.apply")}
          </Button>
          {invalid ? (
            <p className="w-full text-destructive text-xs" role="alert">
              {t("kpis.range.invalid")}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
