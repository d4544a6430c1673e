import { invalidDocumentError, type ReviewReport } from "@/lib/export/report-model";
import { parseReportJson } from "@/lib/export/json";
import { findJsonProblem } from "@/lib/text/bounds";

// Pure: tells an uploaded file apart. A FactDesk review export is one JSON object with a "format" tag; W3C
// annotations come as an array, an AnnotationPage/AnnotationCollection with items, or a single Annotation.

export const MAX_IMPORT_FILE_BYTES = 6 * 1024 * 1024;

export type ImportDocument = { kind: "report"; report: ReviewReport } | { kind: "annotations"; annotations: unknown[] };

const typesOf = (value: Record<string, unknown>): unknown[] => (Array.isArray(value.type) ? value.type : [value.type]);

export function readImportDocument(text: string): ImportDocument {
  const problem = findJsonProblem(text);
  if (problem) throw invalidDocumentError("(root)", `The file ${problem}.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalidDocumentError("(root)", `The file is not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) return { kind: "annotations", annotations: data };
  if (typeof data !== "object" || data === null) {
    throw invalidDocumentError(
      "(root)",
      "The file must hold a JSON object (a review export) or an array of annotations.",
    );
  }
  const object = data as Record<string, unknown>;
  if ("format" in object || "organization" in object) return { kind: "report", report: parseReportJson(text) };
  const types = typesOf(object);
  if (types.includes("AnnotationPage") && Array.isArray(object.items))
    return { kind: "annotations", annotations: object.items };
  if (types.includes("AnnotationCollection")) {
    const first = object.first as Record<string, unknown> | undefined;
    if (first && Array.isArray(first.items)) return { kind: "annotations", annotations: first.items };
  }
  if (types.includes("Annotation")) return { kind: "annotations", annotations: [object] };
  throw invalidDocumentError(
    "(root)",
    'The file is neither a FactDesk review export (with "format": "factdesk-review/1") nor W3C Web Annotations.',
  );
}
