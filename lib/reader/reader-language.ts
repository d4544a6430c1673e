import { DEFAULT_LOCALE, isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { CITATION_KINDS, type CitationKind } from "@/lib/vocabulary/citation-kinds";

/**
 * The interface language readers get for one published article: the article's own choice as published
 * (publishedMeta.readerLanguage), else its organization's public language, else English. Read defensively: details
 * published before articles had a reader language have none, and anything that is not a shipped language is ignored.
 */
export function readerLocaleOf(publishedMeta: unknown, publicLanguage: unknown): InterfaceLocale {
  const override =
    publishedMeta && typeof publishedMeta === "object"
      ? (publishedMeta as { readerLanguage?: unknown }).readerLanguage
      : undefined;
  if (isInterfaceLocale(override)) return override;
  return isInterfaceLocale(publicLanguage) ? publicLanguage : DEFAULT_LOCALE;
}

/** Names joined as the language lists them ("A, B" / "A، B"). */
export function joinNames(names: readonly string[], locale: InterfaceLocale): string {
  return names.join(locale === "ar" ? "، " : ", ");
}

/** The vocabulary key of a citation's kind: an unknown kind (an older snapshot, an import) reads as "Source". */
export function citationKindKey(kind: unknown): CitationKind | "unknown" {
  return (CITATION_KINDS as readonly unknown[]).includes(kind) ? (kind as CitationKind) : "unknown";
}
