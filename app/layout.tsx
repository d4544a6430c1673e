import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import "@fontsource-variable/inter";
import "./globals.css";
import { localeDirection } from "@/lib/i18n/locales";
import { readNonce } from "@/lib/security/content-security-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout.metadata");
  return { title: { default: t("title"), template: t("template") }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request: a page built ahead of time would carry scripts without
  // this response's CSP nonce (proxy.ts), and the browser would refuse to run them.
  const requestHeaders = await headers();
  const nonce = readNonce(requestHeaders.get("content-security-policy"));
  // scripts/server.mjs gives every request an id; error pages show it so a person can quote it (ErrorReference)
  const requestId = requestHeaders.get("x-request-id");
  // The member's interface language (lib/members/request-locale.ts); Arabic mirrors the whole desk
  const locale = await getLocale();
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-screen">
        {/* React puts it in <head> */}
        {requestId && <meta name="request-id" content={requestId} />}
        {/* Radix dialogs lock scrolling with a <style> element they create at run time; the library behind it
            (react-style-singleton, through get-nonce) gives that element the nonce it finds in __webpack_nonce__. */}
        {nonce && (
          <script
            nonce={nonce}
            dangerouslySetInnerHTML={{ __html: `window.__webpack_nonce__=${JSON.stringify(nonce)}` }}
          />
        )}
        {/* hands the request's language and catalogue to client components (useTranslations) */}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
