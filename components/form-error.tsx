"use client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { errorText } from "@/lib/browser/error-text";
import { ApiClientError } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";

/** A form's failure that belongs to no single field; field errors show beside their fields instead. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error || (error instanceof ApiClientError && Object.keys(error.fieldErrors).length > 0)) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{errorText(error, t)}</AlertDescription>
    </Alert>
  );
}
