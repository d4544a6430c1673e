import { z } from "zod";
import {
  invalidDocumentError,
  reviewReportSchema,
  toInvalidDocumentError,
  type ReviewReport,
} from "@/lib/export/report-model";

// The complete, re-importable export. The format tag is versioned so a future
// shape change can keep reading old files: bump the number, keep a parser.

export const REPORT_JSON_FORMAT = "factdesk-review/1";

const reportJsonSchema = z.strictObject({
  format: z.literal(REPORT_JSON_FORMAT),
  ...reviewReportSchema.shape,
});

/**
 * Validates on the way out too, so nothing unreadable is ever written, and so
 * keys come out in schema order: the same report always gives the same bytes.
 */
export function formatReportJson(report: ReviewReport): string {
  const checked = reviewReportSchema.safeParse(report);
  if (!checked.success) throw toInvalidDocumentError("report", checked.error);
  return `${JSON.stringify({ format: REPORT_JSON_FORMAT, ...checked.data }, null, 2)}\n`;
}

/**
 * Parses a file written by formatReportJson. Throws AppError INVALID whose
 * message and details.path name the first invalid field (e.g. claims[2].verdict.colour).
 */
export function parseReportJson(text: string): ReviewReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalidDocumentError("(root)", `Invalid report JSON at (root): ${(error as Error).message}`);
  }
  if (typeof data === "object" && data !== null && "format" in data && data.format !== REPORT_JSON_FORMAT) {
    throw invalidDocumentError(
      "format",
      `Unsupported report format at format: expected "${REPORT_JSON_FORMAT}", got ${JSON.stringify(data.format)}`,
    );
  }
  const parsed = reportJsonSchema.safeParse(data);
  if (!parsed.success) throw toInvalidDocumentError("report JSON", parsed.error);
  const { organization, scale, article, claims, generatedAt } = parsed.data;
  return { organization, scale, article, claims, generatedAt };
}
