"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setVisitorLanguageAction } from "@/lib/members/actions";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { nativeLanguageName } from "@/lib/vocabulary/languages";

// The language menu of the pages seen before signing in: the choice is kept in the visitor's own cookie (a member's
// own choice, Settings → Interface language, wins once they are signed in). Works without JavaScript too.
export function VisitorLanguageMenu() {
  const t = useTranslations("auth.languageMenu");
  const current = useLocale();
  const [state, action, pending] = useActionState(setVisitorLanguageAction, null);
  return (
    <form action={action} aria-label={t("label")} className="flex flex-wrap justify-center gap-1 text-sm">
      {INTERFACE_LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="language"
          value={locale}
          lang={locale}
          dir="auto"
          disabled={pending}
          aria-pressed={locale === current}
          className="rounded-md px-2 py-1 text-muted hover:bg-slate-100 hover:text-ink aria-pressed:font-semibold aria-pressed:text-ink"
        >
          {nativeLanguageName(locale)}
        </button>
      ))}
      {state && !state.ok && (
        <p role="alert" className="w-full text-center text-xs text-danger">
          {t("failed")}
        </p>
      )}
    </form>
  );
}
