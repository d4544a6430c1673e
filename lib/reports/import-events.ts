import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import type { SkippedAnnotation } from "./annotation-plan";

// Pure: what POST /api/imports streams back, one JSON object per line (NDJSON), and the browser's reader of it.
// First "reading" (the file is parsed and planned on a worker), then "saving" with the claims written so far, then
// one "result" with the same shape a server action answers. A client that stops reading (Cancel) aborts the import.

export type ImportOutcome = {
  articleId: string;
  kind: "report" | "annotations";
  imported: number;
  skipped: SkippedAnnotation[];
};

export type ImportEvent =
  | { type: "reading" }
  | { type: "saving"; done: number; total: number }
  | { type: "result"; result: ActionResult<ImportOutcome> };

export const IMPORT_EVENTS_CONTENT_TYPE = "application/x-ndjson; charset=utf-8";

export function encodeImportEvent(event: ImportEvent): string {
  return `${JSON.stringify(event)}\n`;
}

const count = z.number().int().nonnegative();
const importEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("reading") }),
  z.object({ type: z.literal("saving"), done: count, total: count }),
  z.object({
    type: z.literal("result"),
    result: z.union([
      z.object({
        ok: z.literal(true),
        data: z.object({
          articleId: z.string().min(1),
          kind: z.enum(["report", "annotations"]),
          imported: count,
          skipped: z.array(
            z.object({ index: count, quote: z.string(), reason: z.enum(["orphaned", "ambiguous"]) }).loose(),
          ),
        }),
      }),
      z.object({
        ok: z.literal(false),
        code: z.string(),
        message: z.string(),
        fieldErrors: z.record(z.string(), z.string()).optional(),
        details: z.record(z.string(), z.unknown()).optional(),
      }),
    ]),
  }),
]);

/** Splits the arriving text into lines and parses each complete one; a line that is not an event is an error. */
export function createImportEventReader(): { push(text: string): ImportEvent[] } {
  let rest = "";
  return {
    push(text) {
      rest += text;
      const lines = rest.split("\n");
      rest = lines.pop() ?? "";
      return lines
        .filter((line) => line.trim())
        .map((line) => importEventSchema.parse(JSON.parse(line)) as ImportEvent);
    },
  };
}
