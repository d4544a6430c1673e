// Renders a component that uses next-intl (useTranslations, useLocale) to static HTML, as the app's root layout
// would provide it: the real catalogue of one interface language, the desk's clock.
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { catalogues } from "@/lib/i18n/catalogue";
import { TIME_ZONE } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";

export function renderInLanguage(element: ReactElement, locale: InterfaceLocale = DEFAULT_LOCALE): string {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: catalogues[locale], timeZone: TIME_ZONE } as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
}
