"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { completeSetupAction } from "@/lib/setup/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function SetupForm({ token }: { token: string }) {
  const t = useTranslations("onboarding.setup");
  const { result, pending, onSubmit } = useFormSubmit(completeSetupAction);
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
  const errors: Record<string, string | undefined> =
    result && !result.ok
      ? {
          ...result.fieldErrors,
          ...(typeof result.details?.field === "string" ? { [result.details.field]: result.message } : {}),
        }
      : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("form")}>
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-semibold">{t("organization")}</legend>
        <TextField
          label={t("orgName")}
          name="orgName"
          required
          maxLength={120}
          autoComplete="organization"
          error={errors.orgName}
        />
        <TextField
          label={t("slug")}
          name="slug"
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          hint={t("slugHint")}
          error={errors.slug}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-semibold">{t("firstAdmin")}</legend>
        <TextField label={t("name")} name="name" required maxLength={120} autoComplete="name" error={errors.name} />
        <TextField label={t("email")} name="email" type="email" required autoComplete="username" error={errors.email} />
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
      </fieldset>
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
