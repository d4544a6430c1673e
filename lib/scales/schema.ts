import { z } from "zod";
import { text } from "@/lib/validation/text";
import { INTERFACE_LOCALES, type InterfaceLocale } from "@/lib/i18n/locales";
import { OPTION_DESCRIPTION_MAX, OPTION_LABEL_MAX, type OptionTranslations } from "@/lib/vocabulary/option-label";

const LANGUAGE_NAMES: Record<InterfaceLocale, string> = { en: "English", es: "Spanish", ar: "Arabic" };

/** One language's label and description; an empty label means "no translation" (the default label shows). */
const optionTranslationSchema = z.object({
  label: text()
    .trim()
    .max(OPTION_LABEL_MAX, `Labels can be at most ${OPTION_LABEL_MAX} characters.`)
    .nullish()
    .transform((v) => v || ""),
  description: text()
    .trim()
    .max(OPTION_DESCRIPTION_MAX, `Descriptions can be at most ${OPTION_DESCRIPTION_MAX} characters.`)
    .nullish()
    .transform((v) => v || null),
});

export const optionTranslationsSchema = z
  .partialRecord(z.enum(INTERFACE_LOCALES), optionTranslationSchema, {
    error: (issue) =>
      // an unknown language (zod reports it as an unrecognized or invalid key)
      issue.code === "invalid_type" ? undefined : "Translations are for English, Spanish or Arabic.",
  })
  .nullish()
  .superRefine((translations, ctx) => {
    for (const [locale, t] of Object.entries(translations ?? {})) {
      if (t && !t.label && t.description)
        ctx.addIssue({
          code: "custom",
          message: `Give the ${LANGUAGE_NAMES[locale as InterfaceLocale]} label too, or leave its description empty.`,
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
  label: text().trim().min(1, "Every option needs a label.").max(80, "Labels can be at most 80 characters."),
  description: text()
    .trim()
    .max(500, "Descriptions can be at most 500 characters.")
    .nullish()
    .transform((v) => v || null),
  colour: text().regex(/^#[0-9a-fA-F]{6}$/, "Colours must be a hex value like #1b7a3e."),
  value: z.number({ error: "Every option needs a numeric value." }).finite("Every option needs a numeric value."),
  retired: z.boolean().default(false),
  translations: optionTranslationsSchema,
});

export const saveScaleSchema = z
  .object({
    scaleId: text()
      .max(64)
      .nullish()
      .transform((v) => v || null),
    name: text().trim().min(1, "Give the scale a name.").max(120, "Scale names can be at most 120 characters."),
    description: text()
      .trim()
      .max(1000)
      .nullish()
      .transform((v) => v || null),
    options: z
      .array(scaleOptionSchema)
      .min(2, "A scale needs at least two options.")
      .max(20, "A scale can have at most 20 options."),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.options.forEach((o, i) => {
      const key = o.label.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          message: `The label "${o.label}" is used twice.`,
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
            message: `The ${LANGUAGE_NAMES[locale]} label "${label}" is used twice.`,
            path: ["options", i, "translations", locale, "label"],
          });
        taken.add(label.toLowerCase());
      });
    }
  });
export type SaveScaleInput = z.infer<typeof saveScaleSchema>;

export const scaleRefSchema = z.object({ scaleId: text().min(1).max(64) });
export const presetSchema = z.object({ preset: z.enum(["six-level", "five-level"], { error: "Choose a preset." }) });
