// next-intl's server functions outside Next.js: a page rendered by a test (test/security/authorization-rules) asks
// for translations the way it does in a request, and gets the same catalogue, in the request's language
// (lib/members/request-locale.ts: the member's choice, the cookie, Accept-Language, English). Loaded by a vi.mock
// factory: it imports what it needs only when called.
type TranslationsOptions = string | { locale?: string; namespace?: string } | undefined;

export function nextIntlServerModule() {
  const requestLocale = async () => (await import("@/lib/members/request-locale")).requestLocale();
  return {
    getRequestConfig: <T>(make: T) => make,
    getLocale: requestLocale,
    getTranslations: async (options?: TranslationsOptions) => {
      const [{ createTranslator }, { catalogues }, { isInterfaceLocale }] = await Promise.all([
        import("next-intl"),
        import("@/lib/i18n/catalogue"),
        import("@/lib/i18n/locales"),
      ]);
      const asked = typeof options === "object" ? options : { namespace: options };
      const locale = isInterfaceLocale(asked.locale) ? asked.locale : await requestLocale();
      // the namespace is checked where the page calls getTranslations; here it is any string
      return createTranslator({
        locale,
        messages: catalogues[locale],
        namespace: asked.namespace as never,
        timeZone: "UTC",
      });
    },
  };
}
