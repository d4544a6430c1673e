"use client";
import { useTranslations } from "next-intl";
import { setEmailDigestAction } from "@/lib/digest/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function EmailDigestForm({ enabled, mailConfigured }: { enabled: boolean; mailConfigured: boolean }) {
  const t = useTranslations("digest.form");
  const common = useTranslations("common");
  const { result, pending, onSubmit } = useFormSubmit(setEmailDigestAction);
  const current = result?.ok ? result.data.enabled : enabled;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("form")}>
      {result?.ok && <FormMessage tone="success">{current ? t("savedOn") : t("savedOff")}</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="emailDigest"
            value="on"
            defaultChecked={current}
            className="h-4 w-4 accent-accent"
          />{" "}
          {t("on")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="emailDigest"
            value="off"
            defaultChecked={!current}
            className="h-4 w-4 accent-accent"
          />{" "}
          {t("off")}
        </label>
      </fieldset>
      {!mailConfigured && <p className="text-xs text-muted">{t("noMail")}</p>}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? common("saving") : t("save")}
      </Button>
    </form>
  );
}
