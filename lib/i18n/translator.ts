// Translations outside React and outside a request (the reader page's HTML, the embed's payload, e-mails, exports):
// the same catalogue and ICU formatting as useTranslations/getTranslations, for a language the caller chooses.
// use-intl's core (next-intl's own engine, the same version): "next-intl" itself resolves, under the react-server
// condition the command-line scripts run with (npm run mail:digest, org:create), to a build that needs React hooks.
import { createTranslator } from "use-intl/core";
import { catalogues, type Messages } from "./catalogue";
import { TIME_ZONE } from "./format";
import type { InterfaceLocale } from "./locales";

export function translatorFor<Namespace extends keyof Messages>(locale: InterfaceLocale, namespace: Namespace) {
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: TIME_ZONE });
}
