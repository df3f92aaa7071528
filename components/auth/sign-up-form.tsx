"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/form-error";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { ApiClientError, fetchJson } from "@/lib/api/fetch-json";
import { useI18n } from "@/lib/i18n/client";
import { safeNextPath } from "@/lib/safe-next-path";

export function SignUpForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ name: "", email: "", password: "" });
  const signUp = useMutation({
    mutationFn: () => fetchJson("/api/auth/sign-up", { method: "POST", json: form }),
    onSuccess: () => window.location.assign(safeNextPath(next)),
  });
  const fieldErrors = signUp.error instanceof ApiClientError ? signUp.error.fieldErrors : {};
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <FormError error={signUp.error} />
      <FormField
        id="name"
        label={t("auth.name")}
        autoComplete="name"
        required
        value={form.name}
        onChange={set("name")}
        error={fieldErrors.name?.[0]}
      />
      <FormField
        id="email"
        type="email"
        label={t("auth.email")}
        autoComplete="email"
        required
        value={form.email}
        onChange={set("email")}
        error={fieldErrors.email?.[0]}
      />
      <FormField
        id="password"
        type="password"
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
        value={form.password}
        onChange={set("password")}
        error={fieldErrors.password?.[0]}
      />
      <Button type="submit" disabled={signUp.isPending || signUp.isSuccess}>
        {signUp.isPending || signUp.isSuccess ? t("auth.signingUp") : t("auth.signUp")}
      </Button>
      <p className="text-center text-muted-foreground text-sm">
        {t("auth.haveAccount")}{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/sign-in">
          {t("auth.signInInstead")}
        </Link>
      </p>
    </form>
  );
}
