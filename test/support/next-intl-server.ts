// "next-intl/server" for tests that call pages and server actions outside Next (vitest.config.ts aliases it here):
// Next's request plumbing is what cannot run in a test, so this keeps the rest real — the real catalogue, ICU
// formatting and the real choice of language (lib/members/request-locale.ts, reading the mocked session, cookies
// and headers of the test).
import { createFormatter, createTranslator } from "next-intl";
import { catalogues } from "@/lib/i18n/catalogue";
import { TIME_ZONE } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";

export const getRequestConfig = <T>(config: T): T => config;
export const setRequestLocale = (): void => {};

export async function getLocale(): Promise<InterfaceLocale> {
  const { requestLocale } = await import("@/lib/members/request-locale");
  try {
    return await requestLocale();
  } catch {
    return DEFAULT_LOCALE; // a test without a request (no cookies(), no headers()) reads English
  }
}

type Options = { locale?: InterfaceLocale; namespace?: string };

export async function getTranslations(options?: string | Options) {
  const { locale = await getLocale(), namespace } =
    typeof options === "string" ? { namespace: options } : (options ?? {});
  return createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never, timeZone: TIME_ZONE });
}

export async function getMessages(options?: { locale?: InterfaceLocale }) {
  return catalogues[options?.locale ?? (await getLocale())];
}

export async function getFormatter(options?: { locale?: InterfaceLocale }) {
  return createFormatter({ locale: options?.locale ?? (await getLocale()), timeZone: TIME_ZONE });
}

export async function getTimeZone(): Promise<string> {
  return TIME_ZONE;
}
