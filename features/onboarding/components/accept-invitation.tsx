"use client";
import { useMutation } from "@tanstack/react-query";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorText } from "@/lib/browser/error-text";
import { fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";

/** Accepting is a button, not the page load: mail scanners open links too and must not accept. */
export function AcceptInvitation({ token }: { token: string }) {
  const { t } = useI18n();
  const accept = useMutation({
    mutationFn: () =>
      fetchJson<{ tenant: { slug: string } }>("/api/invitations/accept", { method: "POST", json: { token } }),
    onSuccess: ({ tenant }) => window.location.assign(`/${tenant.slug}/overview`),
  });
  return (
    <div className="grid gap-4">
      {accept.error ? (
        <Alert variant="destructive">
          <AlertDescription>{errorText(accept.error, t)}</AlertDescription>
        </Alert>
      ) : null}
      <Button type="button" onClick={() => accept.mutate()} disabled={accept.isPending || accept.isSuccess}>
        {accept.isPending || accept.isSuccess
          ? t("onboarding.invitation.accepting")
          : t("onboarding.invitation.accept")}
      </Button>
    </div>
  );
}
