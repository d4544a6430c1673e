import { z } from "zod";
import { REPORT_CLAIM_STATES } from "@/lib/vocabulary/claim-states";
import { text } from "@/lib/validation/text";
import { errorKey } from "@/lib/i18n/error-text";

// The organization-wide export's query string, validated at the boundary. Every message starts with the
// parameter's name so a 400 says exactly what to fix.

export const ORG_EXPORT_FORMATS = ["jsonl", "csv"] as const;
export type OrgExportFormat = (typeof ORG_EXPORT_FORMATS)[number];

const day = (name: "from" | "to") =>
  text()
    .superRefine((v, ctx) => {
      const problem = !/^\d{4}-\d{2}-\d{2}$/.test(v)
        ? errorKey("api.dayFormat")
        : !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
          ? null
          : errorKey("api.notARealDay");
      if (problem) ctx.addIssue({ code: "custom", message: problem, params: { name }, input: v });
    })
    .optional();

export const orgExportQuerySchema = z
  .object({
    format: z.enum(ORG_EXPORT_FORMATS, { error: errorKey("api.exportFormat") }).default("jsonl"),
    /** Articles added to the desk on or after this day (UTC). */
    from: day("from"),
    /** ...and on or before this day (UTC), inclusive. */
    to: day("to"),
    state: z.enum(REPORT_CLAIM_STATES, { error: errorKey("api.exportState") }).optional(),
    verdict: text().trim().min(1, errorKey("api.verdictEmpty")).max(200, errorKey("api.verdictTooLong")).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: errorKey("api.toBeforeFrom"), path: ["to"] });

export type OrgExportQuery = z.infer<typeof orgExportQuerySchema>;

/** [gte, lt) in UTC for the from/to days, `to` inclusive. */
export function toCreatedAtRange(query: Pick<OrgExportQuery, "from" | "to">): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (query.from) range.gte = new Date(`${query.from}T00:00:00Z`);
  if (query.to) range.lt = new Date(Date.parse(`${query.to}T00:00:00Z`) + 24 * 60 * 60 * 1000);
  return range;
}
