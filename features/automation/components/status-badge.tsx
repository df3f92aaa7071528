"use client";
import { CheckCircle2, CircleDashed, Clock, Loader2, XCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/types";
import { cn } from "@/lib/utils";

const known = ["success", "error", "crashed", "running", "waiting", "canceled", "new"] as const;
type Known = (typeof known)[number];

const look: Record<Known, { icon: typeof CheckCircle2; className: string }> = {
  success: { icon: CheckCircle2, className: "border-emerald-600/30 text-emerald-700 dark:text-emerald-400" },
  error: { icon: XCircle, className: "border-destructive/40 text-destructive" },
  crashed: { icon: XCircle, className: "border-destructive/40 text-destructive" },
  running: { icon: Loader2, className: "border-sky-600/30 text-sky-700 dark:text-sky-400" },
  waiting: { icon: Clock, className: "border-amber-600/30 text-amber-700 dark:text-amber-400" },
  canceled: { icon: CircleDashed, className: "text-muted-foreground" },
  new: { icon: Clock, className: "text-muted-foreground" },
};

/** An execution's status with an icon, so it is not told by colour alone. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const key: Known | "unknown" = (known as readonly string[]).includes(status) ? (status as Known) : "unknown";
  const { icon: Icon, className } = key === "unknown" ? look.canceled : look[key];
  return (
    <Badge variant="outline" className={cn("gap-1", className)}>
      <Icon aria-hidden className={key === "running" ? "animate-spin" : undefined} />
      {t(`automation.status.${key}` as MessageKey)}
    </Badge>
  );
}
