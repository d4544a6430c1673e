"use client";
import { useTranslations } from "next-intl";
import { setInterfaceLanguageAction } from "@/lib/members/actions";
import { INTERFACE_LOCALES, type InterfaceLocale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

// Each language is named in itself ("Español", "العربية") so a member who cannot read the current one finds theirs.
const NATIVE_NAMES: Record<InterfaceLocale, string> = { en: "English", es: "Español", ar: "العربية" };

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
        {INTERFACE_LOCALES.map((locale) => (
          <label key={locale} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="language"
              value={locale}
              defaultChecked={chosen === locale}
              className="h-4 w-4 accent-accent"
            />
            <span lang={locale} className="font-medium">
              {NATIVE_NAMES[locale]}
            </span>
          </label>
        ))}
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
