import { z } from "zod";
import { text } from "@/lib/validation/text";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { OPTION_DESCRIPTION_MAX, OPTION_LABEL_MAX, type OptionTranslations } from "@/lib/vocabulary/option-label";
import { errorKey } from "@/lib/i18n/error-text";

/** One language's label and description; an empty label means "no translation" (the default label shows). */
const optionTranslationSchema = z.object({
  label: text()
    .trim()
    .max(OPTION_LABEL_MAX, errorKey("scales.labelTooLong"))
    .nullish()
    .transform((v) => v || ""),
  description: text()
    .trim()
    .max(OPTION_DESCRIPTION_MAX, errorKey("scales.descriptionTooLong"))
    .nullish()
    .transform((v) => v || null),
});

export const optionTranslationsSchema = z
  .partialRecord(z.enum(INTERFACE_LOCALES), optionTranslationSchema, {
    error: (issue) =>
      // an unknown language (zod reports it as an unrecognized or invalid key)
      issue.code === "invalid_type" ? undefined : errorKey("scales.translationLanguage"),
  })
  .nullish()
  .superRefine((translations, ctx) => {
    for (const [locale, t] of Object.entries(translations ?? {})) {
      if (t && !t.label && t.description)
        ctx.addIssue({
          code: "custom",
          message: errorKey("scales.translationLabelMissing"),
          params: { language: locale },
          path: [locale, "label"],
        });
    }
  })
  .transform((translations): OptionTranslations => {
    const out: OptionTranslations = {};
    for (const locale of INTERFACE_LOCALES) {
      const t = translations?.[locale];
      if (t?.label) out[locale] = { label: t.label, description: t.description };
    }
    return out;
  });

export const scaleOptionSchema = z.object({
  id: text()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  label: text().trim().min(1, errorKey("scales.optionLabelMissing")).max(80, errorKey("scales.labelTooLong")),
  description: text()
    .trim()
    .max(500, errorKey("scales.descriptionTooLong"))
    .nullish()
    .transform((v) => v || null),
  colour: text().regex(/^#[0-9a-fA-F]{6}$/, errorKey("scales.colourFormat")),
  value: z.number({ error: errorKey("scales.valueMissing") }).finite(errorKey("scales.valueMissing")),
  retired: z.boolean().default(false),
  translations: optionTranslationsSchema,
});

export const saveScaleSchema = z
  .object({
    scaleId: text()
      .max(64)
      .nullish()
      .transform((v) => v || null),
    name: text().trim().min(1, errorKey("scales.nameMissing")).max(120, errorKey("scales.nameTooLong")),
    description: text()
      .trim()
      .max(1000)
      .nullish()
      .transform((v) => v || null),
    options: z
      .array(scaleOptionSchema)
      .min(2, errorKey("scales.tooFewOptions"))
      .max(20, errorKey("scales.tooManyOptions")),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.options.forEach((o, i) => {
      const key = o.label.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          message: errorKey("scales.labelTwice"),
          params: { label: o.label },
          path: ["options", i, "label"],
        });
      seen.add(key);
    });
    for (const locale of INTERFACE_LOCALES) {
      const taken = new Set<string>();
      s.options.forEach((o, i) => {
        const label = o.translations[locale]?.label;
        if (!label) return;
        if (taken.has(label.toLowerCase()))
          ctx.addIssue({
            code: "custom",
            message: errorKey("scales.translatedLabelTwice"),
            params: { language: locale, label },
            path: ["options", i, "translations", locale, "label"],
          });
        taken.add(label.toLowerCase());
      });
    }
  });
export type SaveScaleInput = z.infer<typeof saveScaleSchema>;

export const scaleRefSchema = z.object({ scaleId: text().min(1).max(64) });
export const presetSchema = z.object({
  preset: z.enum(["six-level", "five-level"], { error: errorKey("scales.presetMissing") }),
});
