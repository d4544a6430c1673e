"use client";

import { useSyncExternalStore } from "react";
import { NextIntlClientProvider, useTranslations } from "next-intl";
import { ErrorReference } from "@/components/ui/error-reference";
import enErrors from "@/lib/i18n/messages/en/errors.json";
import esErrors from "@/lib/i18n/messages/es/errors.json";
import arErrors from "@/lib/i18n/messages/ar/errors.json";
import enUi from "@/lib/i18n/messages/en/ui.json";
import esUi from "@/lib/i18n/messages/es/ui.json";
import arUi from "@/lib/i18n/messages/ar/ui.json";
import { TIME_ZONE } from "@/lib/i18n/format";
import { localeDirection, negotiateLocale, type InterfaceLocale } from "@/lib/i18n/locales";

// only the two namespaces this page speaks, not the whole catalogue
const MESSAGES = {
  en: { errors: enErrors, ui: enUi },
  es: { errors: esErrors, ui: esUi },
  ar: { errors: arErrors, ui: arUi },
} as const;
const noSubscription = () => () => {};
// The root layout (and with it the request's language) is gone: the browser's languages choose, English on the server.
const browserLocale = (): InterfaceLocale => negotiateLocale(navigator.languages.join(","));

// The last resort when even the root layout failed: plain HTML, no app styles, never a stack trace.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, (): InterfaceLocale => "en");
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "15vh auto", padding: "0 1rem" }}>
        <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone={TIME_ZONE}>
          <GlobalErrorText digest={error.digest} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorText({ digest }: { digest?: string }) {
  const t = useTranslations("errors.global");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <ErrorReference digest={digest} style={{ color: "#6b7280" }} />
      <button type="button" onClick={() => window.location.reload()}>
        {t("retry")}
      </button>
    </main>
  );
}
