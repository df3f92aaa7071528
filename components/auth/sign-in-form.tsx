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

export function SignInForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useMutation({
    mutationFn: () => fetchJson("/api/auth/sign-in", { method: "POST", json: { email, password } }),
    // A full navigation so every server component renders with the new session.
    onSuccess: () => window.location.assign(safeNextPath(next)),
  });
  const fieldErrors = signIn.error instanceof ApiClientError ? signIn.error.fieldErrors : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <FormError error={signIn.error} />
      <FormField
        id="email"
        type="email"
        label={t("auth.email")}
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email?.[0]}
      />
      <FormField
        id="password"
        type="password"
        label={t("auth.password")}
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password?.[0]}
      />
      <Button type="submit" disabled={signIn.isPending || signIn.isSuccess}>
        {signIn.isPending || signIn.isSuccess ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
      <p className="text-center text-muted-foreground text-sm">
        {t("auth.noAccount")}{" "}
        <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/sign-up">
          {t("auth.createOne")}
        </Link>
      </p>
    </form>
  );
}
