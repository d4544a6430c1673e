"use client";
import { useTranslations } from "next-intl";
import { savePublicLanguageAction } from "@/lib/embed/actions";
import { INTERFACE_LOCALES, type InterfaceLocale } from "@/lib/i18n/locales";
import { RadioOptions } from "@/components/ui/radio-options";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

/** The organization's public language: the words readers see around its fact-checks. Admins only. */
export function PublicLanguageForm({ current }: { current: InterfaceLocale }) {
  const t = useTranslations("embedPanel.publicLanguage");
  const { result, pending, onSubmit } = useFormSubmit(savePublicLanguageAction);
  const chosen = result?.ok ? result.data.language : current;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("formLabel")}>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <RadioOptions
          options={INTERFACE_LOCALES}
          chosen={chosen}
          label={(locale) => <span className="font-medium">{t(`languages.${locale}`)}</span>}
        />
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <div aria-live="polite">
          {result?.ok && <FormMessage tone="success">{t("saved", { language: result.data.language })}</FormMessage>}
          {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        </div>
      </div>
    </form>
  );
}
