"use client";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/lib/invitations/actions";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { DeliveryNotice } from "./delivery-notice";

export function InviteMemberForm() {
  const t = useTranslations("invitations.invite");
  const { result, pending, onSubmit } = useFormSubmit(inviteMemberAction, (r, form) => {
    if (r.ok) form.reset();
  });
  const errors: Record<string, string | undefined> =
    result && !result.ok
      ? { ...result.fieldErrors, ...(result.details?.field === "email" ? { email: result.message } : {}) }
      : {};
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("form")}>
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("email")}
            name="email"
            id="invite-email"
            type="email"
            required
            autoComplete="off"
            error={errors.email}
            hint={t("emailHint")}
          />
          <SelectField label={t("role")} name="role" id="invite-role" defaultValue="REVIEWER" error={errors.role}>
            <option value="REVIEWER">{t("roleOption.REVIEWER")}</option>
            <option value="EDITOR">{t("roleOption.EDITOR")}</option>
            <option value="ADMIN">{t("roleOption.ADMIN")}</option>
          </SelectField>
        </div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </form>
      {result?.ok && (
        <DeliveryNotice key={result.data.link ?? result.data.email} delivery={result.data} idPrefix="invite" />
      )}
    </div>
  );
}
