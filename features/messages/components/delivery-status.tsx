"use client";
import { AlertCircle, Check, CheckCheck, Clock } from "lucide-react";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/lib/utils";

/** enviado ✓ · entregado ✓✓ · leído ✓✓ (blue) · falló ⚠ with WhatsApp's reason. */
export function DeliveryStatus({
  status,
  reason,
  className,
}: {
  status: string | null;
  reason?: string | null;
  className?: string;
}) {
  const { t } = useI18n();
  if (status === "failed") {
    return (
      <span className={cn("inline-flex items-center gap-1 text-destructive", className)} data-delivery="failed">
        <AlertCircle className="size-3.5" aria-hidden />
        {reason ? t("messages.delivery.failedReason", { reason }) : t("messages.delivery.failed")}
      </span>
    );
  }
  const known = status === "sending" || status === "sent" || status === "delivered" || status === "read";
  if (!known) return null;
  const Icon = status === "sending" ? Clock : status === "sent" ? Check : CheckCheck;
  const label = t(`messages.delivery.${status}`);
  return (
    <span
      className={cn("inline-flex items-center gap-1", status === "read" && "text-sky-600 dark:text-sky-400", className)}
      data-delivery={status}
      title={label}
    >
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">{label}</span>
    </span>
  );
}
