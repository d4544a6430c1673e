// Translations outside React and outside a request (the reader page's HTML, the embed's payload, e-mails, exports):
// the same catalogue and ICU formatting as useTranslations/getTranslations, for a language the caller chooses.
// use-intl's core (next-intl's own engine, the same version): "next-intl" itself resolves, under the react-server
// condition the command-line scripts run with (npm run mail:digest, org:create), to a build that needs React hooks.
import { createTranslator } from "use-intl/core";
import { catalogues, type Messages } from "./catalogue";
import { TIME_ZONE } from "./format";
import type { InterfaceLocale } from "./locales";

function makeTranslator<Namespace extends keyof Messages>(locale: InterfaceLocale, namespace: Namespace) {
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: TIME_ZONE });
}

// One translator per language and namespace, kept: a translator keeps the messages it has parsed, so a page that
// says "Checked {date}" for 200 claims parses it once, not 200 times (the reader page renders 200 cards).
const translators = new Map<string, unknown>();

export function translatorFor<Namespace extends keyof Messages>(
  locale: InterfaceLocale,
  namespace: Namespace,
): ReturnType<typeof makeTranslator<Namespace>> {
  const key = `${locale}\u0000${namespace}`;
  let translator = translators.get(key) as ReturnType<typeof makeTranslator<Namespace>> | undefined;
  if (!translator) translators.set(key, (translator = makeTranslator(locale, namespace)));
  return translator;
}
