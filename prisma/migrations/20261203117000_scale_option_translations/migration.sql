-- A rating option's label and description per interface language (lib/vocabulary/option-label.ts):
-- {"es": {"label": "Falso", "description": "..."}, "ar": {...}}; the option's own label stays the default.
ALTER TABLE "RatingOption" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
