"use client";
import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { INTERFACE_LOCALES, isInterfaceLocale } from "@/lib/i18n/locales";
import { ARTICLE_LANGUAGES } from "@/lib/vocabulary/languages";
import { articleLanguageLabel } from "./language-names";
import { nativeLanguageName } from "@/lib/vocabulary/languages";

/**
 * The article's language. On a new article the empty choice means "detect it from the text (or the page's own
 * language)"; in the details form it means the language is not set.
 */
export function LanguageField({
  empty,
  defaultValue = "",
  error,
}: {
  empty: "detect" | "notSet";
  defaultValue?: string;
  error?: string;
}) {
  const t = useTranslations("intake.fields");
  const locale = useLocale();
  const interfaceLocale = isInterfaceLocale(locale) ? locale : "en";
  return (
    <SelectField
      label={t("language")}
      name="language"
      defaultValue={defaultValue}
      error={error}
      hint={t("languageHint")}
    >
      <option value="">{empty === "detect" ? t("languageDetect") : t("languageNotSet")}</option>
      {ARTICLE_LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {articleLanguageLabel(language, interfaceLocale)}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The language of the reader page and embed around this article's fact-check: empty follows the organization's
 * public language (named in the option), or one of the interface languages.
 */
export function ReaderLanguageField({
  organizationLanguage,
  defaultValue = "",
  error,
}: {
  organizationLanguage: string;
  defaultValue?: string;
  error?: string;
}) {
  const t = useTranslations("intake.fields");
  const names = useTranslations("common.languageName");
  const org = isInterfaceLocale(organizationLanguage) ? names(organizationLanguage) : organizationLanguage;
  return (
    <SelectField
      label={t("readerLanguage")}
      name="readerLanguage"
      defaultValue={defaultValue}
      error={error}
      hint={t("readerLanguageHint")}
    >
      <option value="">{t("readerLanguageOrg", { language: org })}</option>
      {INTERFACE_LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {nativeLanguageName(locale)}
        </option>
      ))}
    </SelectField>
  );
}
