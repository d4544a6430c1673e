import "server-only";
import { z } from "zod";
import { IntakeError } from "./intake/errors";
import { parsePasted } from "./intake/parse-pasted";
import { parseUpload } from "./intake/parse-upload";
import { fetchArticle } from "./intake/fetch-article";
import type { IntakeResult } from "./intake/intake-result";
import { runHeavyJob } from "@/lib/workers/pool";
import type { ArticleSource } from "@/lib/workers/heavy-jobs";
import { errorText } from "@/lib/i18n/error-text";
import { errorKey } from "@/lib/i18n/error-text";

const MAX_BYTES = 5 * 1024 * 1024;
const sourceSchema = z.enum(["paste", "upload", "url"], {
  error: errorKey("intake.sourceMissing"),
});

/** Under this size a paste or upload is converted here (a few milliseconds); above it, on a worker thread. */
export const INLINE_INTAKE_BYTES = 64 * 1024;
/** Conversion of a 5 MB page takes a second or two; past this it is stopped. */
const INTAKE_TIMEOUT_MS = 30_000;

function readOnWorker(source: ArticleSource): Promise<IntakeResult> {
  return runHeavyJob("readArticle", { source }, { label: "readArticle", timeoutMs: INTAKE_TIMEOUT_MS });
}

// Reads whichever of the three intake forms was submitted and turns it into canonical text + sanitized HTML.
export async function readIntakeSource(formData: FormData, allowPrivate: boolean): Promise<IntakeResult> {
  const source = sourceSchema.parse(formData.get("source"));
  if (source === "paste") {
    const format = z.enum(["auto", "text", "markdown", "html"]).catch("auto").parse(formData.get("format"));
    const content = String(formData.get("content") ?? "");
    // String length in UTF-16 units bounds the UTF-8 size from below; a big paste always goes to the worker
    return content.length < INLINE_INTAKE_BYTES / 3
      ? parsePasted({ content, format })
      : readOnWorker({ from: "paste", content, format });
  }
  if (source === "upload") {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new IntakeError("empty", "intake.chooseFile");
    if (file.size > MAX_BYTES)
      throw new IntakeError(
        "too_big",
        errorText("intake.fileTooBig", { size: (file.size / 1024 / 1024).toFixed(1), limit: 5 }),
      );
    const upload = { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
    return file.size < INLINE_INTAKE_BYTES ? parseUpload(upload) : readOnWorker({ from: "upload", ...upload });
  }
  const url = String(formData.get("url") ?? "").trim();
  if (!url) throw new IntakeError("bad_url", "intake.enterAddress");
  return fetchArticle(url, {
    allowPrivate,
    build: (kind, content, finalUrl) => readOnWorker({ from: "fetched", kind, content, url: finalUrl }),
  });
}
