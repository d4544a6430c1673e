// The vocabulary of error messages: every message a member or an API client can be shown when something is refused
// is a key of the `errors` namespace (lib/i18n/messages/<locale>/errors.json). Code names the key and its values;
// the words live only in the catalogue. This module loads the English file alone (AppError renders its English
// `message` for logs and API responses everywhere, the browser too); other languages render through translatorFor.
import { createTranslator } from "use-intl/core";
import english from "./messages/en/errors.json";
import { formatDate, TIME_ZONE } from "./format";
import type { InterfaceLocale } from "./locales";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message of the errors namespace, as "area.name": a key missing from the English catalogue does not compile. */
export type ErrorKey = Leaves<typeof english>;
export type ErrorValues = Record<string, string | number | Date>;
/** A message with the values it names ({label}, {limit} …). */
export type ErrorText = { key: ErrorKey; values?: ErrorValues };

/** A key with its values: `errorText("scales.nameTaken", { name })`. */
export function errorText(key: ErrorKey, values?: ErrorValues): ErrorText {
  return values ? { key, values } : { key };
}

/** Marks a string as an error key where an API wants a plain string (zod's `error`, a refine's `message`). */
export const errorKey = (key: ErrorKey): string => key;

function lookup(key: string): unknown {
  let node: unknown = english;
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(value) && typeof lookup(value) === "string";
}

const englishTranslator = createTranslator({
  locale: "en",
  messages: { errors: english },
  namespace: "errors",
  timeZone: TIME_ZONE,
});

/** Values as a message shows them: a date becomes "6 Mar, 14:05 UTC" in the message's language. */
export function prepareValues(values: ErrorValues | undefined, locale: InterfaceLocale): ErrorValues | undefined {
  if (!values) return values;
  const out: ErrorValues = {};
  for (const [name, value] of Object.entries(values))
    out[name] = value instanceof Date ? formatDate(value, "dayMonthTime", { locale }) : value;
  return out;
}

/** The English text of an error message (logs, API responses, the default for tests without a language). */
export function englishError(key: ErrorKey, values?: ErrorValues): string {
  return englishTranslator(key as never, prepareValues(values, "en") as never);
}
