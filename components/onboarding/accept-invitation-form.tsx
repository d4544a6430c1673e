"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("onboarding.invite");
  const { result, pending, onSubmit } = useFormSubmit(acceptInvitationAction);
  if (result?.ok) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">{t("done", { org: result.data.orgName, email: result.data.email })}</FormMessage>
        <Link href="/signin" className={`${buttonClasses("primary")} w-full`}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("form")}>
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("email")}
        name="email-shown"
        value={email}
        readOnly
        autoComplete="username"
        hint={t("emailHint")}
      />
      <TextField label={t("name")} name="name" required autoComplete="name" maxLength={120} error={errors.name} />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        required
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        error={errors.password}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
