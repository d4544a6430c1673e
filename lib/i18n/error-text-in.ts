// An error message in a member's language (server actions, forms): the same key and values as the English text.
import { englishError, prepareValues, type ErrorKey, type ErrorValues } from "./error-text";
import type { InterfaceLocale } from "./locales";
import { translatorFor } from "./translator";

export function errorIn(locale: InterfaceLocale, key: ErrorKey, values?: ErrorValues): string {
  if (locale === "en") return englishError(key, values);
  return translatorFor(locale, "errors")(key as never, prepareValues(values, locale) as never);
}
