"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { resetPasswordWithLinkAction } from "@/lib/password-resets/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("onboarding.reset");
  const { result, pending, onSubmit } = useFormSubmit(resetPasswordWithLinkAction);
  if (result?.ok) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">{t("done", { email: result.data.email })}</FormMessage>
        <Link href="/signin" className={`${buttonClasses("primary")} w-full`}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("form")}>
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        required
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        error={result && !result.ok ? result.fieldErrors?.password : undefined}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
