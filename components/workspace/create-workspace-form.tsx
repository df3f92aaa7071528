"use client";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { fieldErrorTexts } from "@/lib/browser/error-text";
import { fetchJson } from "@/lib/browser/fetch-json";
import { useI18n } from "@/lib/i18n/client";
import { slugify } from "@/lib/tenancy/slugify";

export function CreateWorkspaceForm() {
  const { t } = useI18n();
  const [legalName, setLegalName] = useState("");
  // The address follows the name until the user edits it themself.
  const [customSlug, setCustomSlug] = useState<string | null>(null);
  const slug = customSlug ?? slugify(legalName);

  const create = useMutation({
    mutationFn: () =>
      fetchJson<{ tenant: { slug: string } }>("/api/tenants", { method: "POST", json: { legalName, slug } }),
    onSuccess: ({ tenant }) => window.location.assign(`/${tenant.slug}/overview`),
  });
  const fieldErrors = fieldErrorTexts(create.error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <FormError error={create.error} />
      <FormField
        id="legalName"
        label={t("workspace.name")}
        placeholder={t("workspace.namePlaceholder")}
        required
        autoFocus
        value={legalName}
        onChange={(e) => setLegalName(e.target.value)}
        error={fieldErrors.legalName?.[0]}
      />
      <FormField
        id="slug"
        label={t("workspace.slug")}
        hint={t("workspace.slugHint", { slug: slug || "…" })}
        required
        value={slug}
        onChange={(e) => setCustomSlug(e.target.value.toLowerCase())}
        error={fieldErrors.slug?.[0]}
      />
      <Button type="submit" disabled={create.isPending || create.isSuccess}>
        {create.isPending || create.isSuccess ? t("workspace.creating") : t("workspace.create")}
      </Button>
    </form>
  );
}
