import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { catalogues, NAMESPACES } from "./catalogue";
import { INTERFACE_LOCALES, type InterfaceLocale } from "./locales";

// The catalogue test of issue 20: every shipped language has every message, each message is valid ICU with the same
// arguments as the English one, plurals cover every plural category of their language, and nothing was left English.

type Flat = Map<string, string>;
function flatten(value: unknown, prefix: string, into: Flat): Flat {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  else into.set(prefix, `<<not a message: ${String(value)}>>`);
  return into;
}
const flat = Object.fromEntries(INTERFACE_LOCALES.map((l) => [l, flatten(catalogues[l], "", new Map())])) as Record<
  InterfaceLocale,
  Flat
>;

/** The argument names of a message and, for each plural, the selectors it offers. */
function shape(message: string) {
  const args = new Set<string>();
  const plurals: { arg: string; options: string[] }[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
        args.add(el.value);
      if (el.type === TYPE.tag) {
        args.add(`<${el.value}>`);
        walk(el.children);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        args.add(el.value);
        if (el.type === TYPE.plural) plurals.push({ arg: el.value, options: Object.keys(el.options) });
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return { args: [...args].sort(), plurals };
}

/** Text outside {arguments} and <tags>: what a translator writes. */
const wording = (message: string) => message.replace(/\{[^{}]*\}|<\/?\w+>/g, " ");

// Messages that are the same in Spanish as in English (names, codes, loanwords); kept short on purpose.
const SAME_IN_SPANISH = new Set([
  "Editor",
  "FactDesk",
  "ClaimReview",
  "JSON",
  "PDF",
  "Total",
  "Markdown",
  "HTML",
  "URL",
  "API",
  "Web",
  "CSV",
]);

describe("message catalogue", () => {
  it("has namespaces", () => {
    expect(NAMESPACES.length).toBeGreaterThan(10);
  });

  for (const locale of INTERFACE_LOCALES.filter((l) => l !== "en")) {
    it(`${locale} has exactly the English messages`, () => {
      const missing = [...flat.en.keys()].filter((key) => !flat[locale].has(key));
      const extra = [...flat[locale].keys()].filter((key) => !flat.en.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }

  for (const locale of INTERFACE_LOCALES) {
    it(`${locale} messages are valid ICU with the English arguments and every plural form of the language`, () => {
      const problems: string[] = [];
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const exact: Record<string, string> = { zero: "=0", one: "=1", two: "=2" };
      for (const [key, message] of flat[locale]) {
        if (!message.trim()) {
          problems.push(`${key}: empty`);
          continue;
        }
        let mine: ReturnType<typeof shape>;
        try {
          mine = shape(message);
        } catch (error) {
          problems.push(`${key}: not valid ICU (${(error as Error).message})`);
          continue;
        }
        const english = flat.en.get(key);
        if (english !== undefined && locale !== "en") {
          const theirs = shape(english);
          if (mine.args.join() !== theirs.args.join())
            problems.push(`${key}: arguments ${mine.args.join(", ")} where English has ${theirs.args.join(", ")}`);
        }
        for (const plural of mine.plurals) {
          const lacking = categories.filter(
            (c) => !plural.options.includes(c) && !(exact[c] && plural.options.includes(exact[c])),
          );
          if (lacking.length) problems.push(`${key}: plural {${plural.arg}} lacks ${lacking.join(", ")}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("Arabic messages are written in Arabic and Spanish ones are not left in English", () => {
    const problems: string[] = [];
    for (const [key, english] of flat.en) {
      const arabic = flat.ar.get(key);
      const spanish = flat.es.get(key);
      const words = wording(english).replace(/FactDesk|ClaimReview|JSON|PDF|Markdown|URL|API|CSV|W3C/g, "");
      if (!/\p{L}{2}/u.test(words)) continue; // only names, codes or punctuation
      if (arabic !== undefined && !/\p{Script=Arabic}/u.test(wording(arabic))) problems.push(`ar ${key}: "${arabic}"`);
      if (spanish !== undefined && spanish === english && !SAME_IN_SPANISH.has(english))
        problems.push(`es ${key}: "${spanish}" is the English text`);
    }
    expect(problems).toEqual([]);
  });
});
