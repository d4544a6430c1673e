import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { readWithLimit } from "@/lib/http/read-with-limit";
import { runAction } from "@/lib/run-action";
import { MAX_IMPORT_FILE_BYTES } from "./import-document";
import { encodeImportEvent, IMPORT_EVENTS_CONTENT_TYPE, type ImportEvent, type ImportOutcome } from "./import-events";
import { importUploadedFile } from "./import-report";
import { errorKey, errorText } from "@/lib/i18n/error-text";

// POST /api/imports: the upload form (file, and for annotations the article's title and text) in, the import's
// progress out as it happens (import-events.ts). The import stops when the client stops listening (the Cancel
// button aborts its request): the planning worker is terminated or the batches stop, and what was written is
// removed with the staging organization (write-imported-article.ts), so nothing of a cancelled import is ever seen.

/** The file (6 MB) plus, for annotations, an article text of up to 5 MB and the form's own overhead. */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_FILE_BYTES + 5 * 1024 * 1024 + 64 * 1024;

const targetSchema = z.object({
  title: z.string().max(500, errorKey("reports.titleTooLong")),
  text: z.string(),
});

type ImportFields = { fileText: string; target: { title: string; text: string } };

/** The request body, bounded, as a form: what fails here (not a form, far too large) is a plain 400. */
async function readImportForm(request: Request): Promise<FormData> {
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data"))
    throw new AppError("INVALID", "reports.notMultipart");
  const tooLarge = () => new AppError("INVALID", "reports.uploadTooLarge", { field: "file" });
  const body = await readWithLimit(
    request.body,
    request.headers.get("content-length"),
    MAX_IMPORT_REQUEST_BYTES,
    tooLarge,
  );
  let form: FormData;
  try {
    form = await new Response(new Blob([body as Uint8Array<ArrayBuffer>]), {
      headers: { "Content-Type": request.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new AppError("INVALID", "reports.unreadableForm");
  }
  return form;
}

/** The form's fields, checked: their failures are answered as the stream's result, naming the field. */
async function readImportFields(form: FormData): Promise<ImportFields> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("INVALID", "reports.chooseJsonFile", { field: "file" });
  if (file.size > MAX_IMPORT_FILE_BYTES)
    throw new AppError(
      "INVALID",
      errorText("intake.fileTooBig", { size: (file.size / 1024 / 1024).toFixed(1), limit: 6 }),
      {
        field: "file",
      },
    );
  const target = targetSchema.parse({ title: String(form.get("title") ?? ""), text: String(form.get("text") ?? "") });
  return { fileText: await file.text(), target };
}

// A problem inside the uploaded document belongs to the file field; its message names the field inside the file.
async function blameFile<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError && e.code === "INVALID" && !e.details?.field)
      throw new AppError("INVALID", e.text ?? { untranslated: e.message }, { ...e.details, field: "file" });
    throw e;
  }
}

/**
 * Runs the import of `actor` (already authenticated and authorized by the route) and answers with its events.
 * The body is read before the answer starts (a request that is no form, or far too large, is a plain 400); every
 * other failure, a missing file included, is the stream's result, as a server action would answer it.
 */
export async function respondWithImport(actor: Actor, request: Request): Promise<Response> {
  const form = await readImportForm(request);
  const stop = new AbortController();
  const signal = AbortSignal.any([request.signal, stop.signal]);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (event: ImportEvent) => {
        if (open) controller.enqueue(encoder.encode(encodeImportEvent(event)));
      };
      send({ type: "reading" });
      void runAction<ImportOutcome>(async () => {
        const { fileText, target } = await readImportFields(form);
        return blameFile(() =>
          importUploadedFile(actor, fileText, target, {
            signal,
            onProgress: ({ done, total }) => send({ type: "saving", done, total }),
          }),
        );
      }).then((result) => {
        if (!open) return;
        send({ type: "result", result });
        open = false;
        controller.close();
      });
      signal.addEventListener("abort", () => (open = false), { once: true });
    },
    cancel() {
      stop.abort();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": IMPORT_EVENTS_CONTENT_TYPE,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // proxies such as nginx would otherwise hold the progress lines until the import is over
      "X-Accel-Buffering": "no",
    },
  });
}
