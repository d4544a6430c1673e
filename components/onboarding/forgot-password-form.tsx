"use client";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/password-resets/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function ForgotPasswordForm() {
  const t = useTranslations("onboarding.forgot");
  const { result, pending, onSubmit } = useFormSubmit(requestPasswordResetAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("form")}>
      {result?.ok && <FormMessage tone="success">{t("requested", { email: result.data.email })}</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        required
        autoComplete="username"
        error={result && !result.ok ? result.fieldErrors?.email : undefined}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
