"use client";
import { useTranslations } from "next-intl";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { MAX_TOKEN_NAME_LENGTH } from "@/lib/api-tokens/schema";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { FormMessage, TextField } from "@/components/ui/field";

export function CreateTokenForm() {
  const t = useTranslations("tokens.create");
  const { result, pending, onSubmit } = useFormSubmit(createApiTokenAction, (r, form) => {
    if (r.ok) form.reset();
  });
  const created = result?.ok ? result.data : null;
  const errors: Record<string, string | undefined> =
    result && !result.ok
      ? { ...result.fieldErrors, ...(result.details?.field === "name" ? { name: result.message } : {}) }
      : {};
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate aria-label={t("form")} className="space-y-4">
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <TextField
          label={t("name")}
          name="name"
          required
          maxLength={MAX_TOKEN_NAME_LENGTH}
          autoComplete="off"
          hint={t("nameHint")}
          error={errors.name}
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </form>
      {created && <NewToken key={created.token} name={created.name} token={created.token} />}
    </div>
  );
}

// Shown once: only the hash is stored, so after a reload nobody can see this value again.
function NewToken({ name, token }: { name: string; token: string }) {
  const t = useTranslations("tokens.create");
  return (
    <section aria-label={t("newToken")} className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-4">
      <FormMessage tone="success">{t("created", { name })}</FormMessage>
      <CopyField name="new-api-token" label={t("newApiToken")} value={token} what={t("what")} />
    </section>
  );
}
