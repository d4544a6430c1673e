import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { catalogues } from "@/lib/i18n/catalogue";
import { TIME_ZONE } from "@/lib/i18n/format";
import { isInterfaceLocale, LOCALE_COOKIE, negotiateLocale, type InterfaceLocale } from "@/lib/i18n/locales";

/**
 * The interface language of this request: a signed-in member's own choice; else the visitor's choice kept in a
 * cookie (the language menu on the sign-in pages); else their browser's Accept-Language; else English. The reader
 * page and the embed do not use this: readers get their organization's public language (lib/reader).
 */
export async function requestLocale(): Promise<InterfaceLocale> {
  const viewer = await getViewer();
  if (viewer?.interfaceLanguage) return viewer.interfaceLanguage;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isInterfaceLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

// next-intl reads this for every server component, server action and route handler that asks for translations
// (next.config.js names this file).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: catalogues[locale], timeZone: TIME_ZONE };
});
