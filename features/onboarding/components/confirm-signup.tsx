"use client";
import { useMutation } from "@tanstack/react-query";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorText } from "@/lib/browser/error-text";
import { fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";

/**
 * Confirming is a button, not the page load: mail scanners and WhatsApp's link previews open links
 * too, and must not confirm a signup (or be signed in) on the customer's behalf.
 */
export function ConfirmSignup({ tenantId, token }: { tenantId: string; token: string }) {
  const { t } = useI18n();
  const confirm = useMutation({
    mutationFn: () => fetchJson(`/api/tenants/${tenantId}/provision`, { method: "POST", json: { token } }),
    onSuccess: () => window.location.assign(`/onboarding/progress/${tenantId}`),
  });
  return (
    <div className="grid gap-4">
      {confirm.error ? (
        <Alert variant="destructive">
          <AlertDescription>{errorText(confirm.error, t)}</AlertDescription>
        </Alert>
      ) : null}
      <Button type="button" onClick={() => confirm.mutate()} disabled={confirm.isPending || confirm.isSuccess}>
        {confirm.isPending || confirm.isSuccess ? t("onboarding.confirm.confirming") : t("onboarding.confirm.button")}
      </Button>
    </div>
  );
}
