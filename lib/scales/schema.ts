import { z } from "zod";
import { text } from "@/lib/validation/text";

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
  });
export type SaveScaleInput = z.infer<typeof saveScaleSchema>;

export const scaleRefSchema = z.object({ scaleId: text().min(1).max(64) });
export const presetSchema = z.object({ preset: z.enum(["six-level", "five-level"], { error: "Choose a preset." }) });
