"use client";
import { useTranslations } from "next-intl";
import { setInterfaceLanguageAction } from "@/lib/members/actions";
import { INTERFACE_LOCALES, type InterfaceLocale } from "@/lib/i18n/locales";
import { RadioOptions } from "@/components/ui/radio-options";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { nativeLanguageName } from "@/lib/vocabulary/languages";

export function InterfaceLanguageForm({ current }: { current: InterfaceLocale | null }) {
  const t = useTranslations("settings.language");
  const names = useTranslations("common.languageName");
  const { result, pending, onSubmit } = useFormSubmit(setInterfaceLanguageAction);
  const chosen = result?.ok ? result.data.language : current;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("title")}>
      {result?.ok && (
        <FormMessage tone="success">
          {result.data.language ? t("saved", { language: names(result.data.language) }) : t("savedBrowser")}
        </FormMessage>
      )}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <RadioOptions
          options={INTERFACE_LOCALES}
          chosen={chosen}
          label={(locale) => (
            <span lang={locale} className="font-medium">
              {nativeLanguageName(locale)}
            </span>
          )}
        />
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="language"
            value=""
            defaultChecked={chosen === null}
            aria-describedby="language-browser-hint"
            className="mt-0.5 h-4 w-4 accent-accent"
          />
          <span>
            <span className="block font-medium">{t("browser")}</span>
            <span id="language-browser-hint" className="block text-xs text-muted">
              {t("browserHint")}
            </span>
          </span>
        </label>
      </fieldset>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
