import { z } from "zod";
import { isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";

// A rating option's label and description per interface language. The option's own label is the default: it is what
// the desk wrote first, what is unique on its scale, and what every language without a translation shows. Stored as
// JSON on the option (RatingOption.translations) and carried into publication snapshots and review reports, so the
// desk, the reader page, the embed and ClaimReview all pick the label with the one function below.

export const OPTION_LABEL_MAX = 80;
export const OPTION_DESCRIPTION_MAX = 500;

export type OptionTranslation = { label: string; description: string | null };
export type OptionTranslations = Partial<Record<InterfaceLocale, OptionTranslation>>;

/** Anything with a default label that may carry translations: a scale option, a snapshot's or a report's verdict. */
export type TranslatableOption = {
  label: string;
  description?: string | null;
  translations?: OptionTranslations | null;
};

const storedTranslation = z.object({
  label: z.string().trim().min(1).max(OPTION_LABEL_MAX),
  description: z.string().trim().max(OPTION_DESCRIPTION_MAX).nullish(),
});

/**
 * Reads stored translations leniently (a JSON column, an old snapshot, an imported report): unknown languages and
 * malformed entries are dropped, never thrown, so one bad entry cannot take a reader page down.
 */
export function readOptionTranslations(json: unknown): OptionTranslations {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  const out: OptionTranslations = {};
  for (const [locale, value] of Object.entries(json)) {
    if (!isInterfaceLocale(locale)) continue;
    const parsed = storedTranslation.safeParse(value);
    if (parsed.success) out[locale] = { label: parsed.data.label, description: parsed.data.description || null };
  }
  return out;
}

/** The option's label in `locale`, or its default label when there is no translation for that language. */
export function optionLabelIn(option: TranslatableOption, locale: string | null | undefined): string {
  if (!locale || !isInterfaceLocale(locale)) return option.label;
  return option.translations?.[locale]?.label?.trim() || option.label;
}

/**
 * The option's description in `locale`. A translated label with no translated description shows no description
 * rather than the default-language one next to a translated label; without a translation, the default description.
 */
export function optionDescriptionIn(option: TranslatableOption, locale: string | null | undefined): string | null {
  const translation = locale && isInterfaceLocale(locale) ? option.translations?.[locale] : undefined;
  if (translation?.label?.trim()) return translation.description?.trim() || null;
  return option.description ?? null;
}

/** The verdict of each claim with its label and description in `locale` (reader page, embed payload). */
export function withVerdictsIn<C extends { verdict: TranslatableOption }>(claims: readonly C[], locale: string): C[] {
  return claims.map((claim) => ({
    ...claim,
    verdict: {
      ...claim.verdict,
      label: optionLabelIn(claim.verdict, locale),
      description: optionDescriptionIn(claim.verdict, locale),
    },
  }));
}
