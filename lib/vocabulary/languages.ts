// The languages an article can be written in: BCP 47 primary language tags (ISO 639-1 where one exists), with their
// names and writing direction. One list for intake, the article details form, the reader page, the embed and exports.

export type TextDirection = "ltr" | "rtl";

type LanguageEntry = { name: string; nativeName: string; direction: TextDirection };

const LANGUAGES = {
  ar: { name: "Arabic", nativeName: "العربية", direction: "rtl" },
  bn: { name: "Bengali", nativeName: "বাংলা", direction: "ltr" },
  de: { name: "German", nativeName: "Deutsch", direction: "ltr" },
  en: { name: "English", nativeName: "English", direction: "ltr" },
  es: { name: "Spanish", nativeName: "Español", direction: "ltr" },
  fa: { name: "Persian", nativeName: "فارسی", direction: "rtl" },
  fr: { name: "French", nativeName: "Français", direction: "ltr" },
  he: { name: "Hebrew", nativeName: "עברית", direction: "rtl" },
  hi: { name: "Hindi", nativeName: "हिन्दी", direction: "ltr" },
  id: { name: "Indonesian", nativeName: "Bahasa Indonesia", direction: "ltr" },
  it: { name: "Italian", nativeName: "Italiano", direction: "ltr" },
  ja: { name: "Japanese", nativeName: "日本語", direction: "ltr" },
  ko: { name: "Korean", nativeName: "한국어", direction: "ltr" },
  ms: { name: "Malay", nativeName: "Bahasa Melayu", direction: "ltr" },
  nl: { name: "Dutch", nativeName: "Nederlands", direction: "ltr" },
  pl: { name: "Polish", nativeName: "Polski", direction: "ltr" },
  pt: { name: "Portuguese", nativeName: "Português", direction: "ltr" },
  ro: { name: "Romanian", nativeName: "Română", direction: "ltr" },
  ru: { name: "Russian", nativeName: "Русский", direction: "ltr" },
  sw: { name: "Swahili", nativeName: "Kiswahili", direction: "ltr" },
  th: { name: "Thai", nativeName: "ไทย", direction: "ltr" },
  tl: { name: "Tagalog", nativeName: "Tagalog", direction: "ltr" },
  tr: { name: "Turkish", nativeName: "Türkçe", direction: "ltr" },
  uk: { name: "Ukrainian", nativeName: "Українська", direction: "ltr" },
  ur: { name: "Urdu", nativeName: "اردو", direction: "rtl" },
  vi: { name: "Vietnamese", nativeName: "Tiếng Việt", direction: "ltr" },
  zh: { name: "Chinese", nativeName: "中文", direction: "ltr" },
} as const satisfies Record<string, LanguageEntry>;

export type ArticleLanguage = keyof typeof LANGUAGES;

/** Every language an article can be marked with, sorted by English name (the order of the language menus). */
export const ARTICLE_LANGUAGES = (Object.keys(LANGUAGES) as ArticleLanguage[]).sort((a, b) =>
  LANGUAGES[a].name.localeCompare(LANGUAGES[b].name, "en"),
);

export function isArticleLanguage(value: unknown): value is ArticleLanguage {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

/**
 * The article language for a BCP 47 tag as pages and feeds write it ("en-GB", "pt_BR", "AR", "zh-Hant-TW"): its
 * primary subtag when we know that language, else null (an unknown or malformed tag is never stored).
 */
export function toArticleLanguage(tag: string | null | undefined): ArticleLanguage | null {
  if (typeof tag !== "string") return null;
  const primary = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(tag)?.[1]?.toLowerCase();
  return primary && isArticleLanguage(primary) ? primary : null;
}

export function textDirection(language: string | null | undefined): TextDirection {
  return isArticleLanguage(language) ? LANGUAGES[language].direction : "ltr";
}

/** "Arabic (العربية)" for menus, "Arabic" alone when the two are the same word; the tag itself when unknown. */
export function languageName(language: string, { native = false }: { native?: boolean } = {}): string {
  if (!isArticleLanguage(language)) return language;
  const { name, nativeName } = LANGUAGES[language];
  return native && nativeName !== name ? `${name} (${nativeName})` : name;
}

/** The language named in itself ("Español", "العربية"): language menus use it so anyone finds their own language. */
export function nativeLanguageName(language: ArticleLanguage): string {
  return LANGUAGES[language].nativeName;
}
