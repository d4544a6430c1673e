"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/members/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, TextField } from "@/components/ui/field";

export function ResetPasswordDialog({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("members.resetPassword");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { result, pending, onSubmit } = useFormSubmit(resetPasswordAction);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("title", { name })}
      description={t("description")}
      trigger={
        <Button variant="secondary" size="sm">
          {t("trigger")}
          <span className="sr-only">{t("triggerFor", { name })}</span>
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="userId" value={userId} />
        {result?.ok && <FormMessage tone="success">{t("done", { name })}</FormMessage>}
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <TextField
          label={t("password")}
          name="password"
          id={`reset-password-${userId}`}
          type="password"
          autoComplete="new-password"
          required
          hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          error={result && !result.ok ? result.fieldErrors?.password : undefined}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {common("close")}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? common("saving") : t("submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
