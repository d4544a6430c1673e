import "server-only";
import { z } from "zod";
import { IntakeError } from "./intake/errors";
import { parsePasted } from "./intake/parse-pasted";
import { parseUpload } from "./intake/parse-upload";
import { fetchArticle } from "./intake/fetch-article";
import type { IntakeResult } from "./intake/intake-result";

const MAX_BYTES = 5 * 1024 * 1024;
const sourceSchema = z.enum(["paste", "upload", "url"], { error: "Choose how to bring the article in: paste, upload or URL." });

// Reads whichever of the three intake forms was submitted and turns it into canonical text + sanitized HTML.
export async function readIntakeSource(formData: FormData, allowPrivate: boolean): Promise<IntakeResult> {
  const source = sourceSchema.parse(formData.get("source"));
  if (source === "paste") {
    const format = z.enum(["auto", "text", "markdown", "html"]).catch("auto").parse(formData.get("format"));
    return parsePasted({ content: String(formData.get("content") ?? ""), format });
  }
  if (source === "upload") {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new IntakeError("empty", "Choose a .txt, .md or .html file to upload.");
    if (file.size > MAX_BYTES) throw new IntakeError("too_big", `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`);
    return parseUpload({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const url = String(formData.get("url") ?? "").trim();
  if (!url) throw new IntakeError("bad_url", "Enter the address of the article, starting with https://.");
  return fetchArticle(url, { allowPrivate });
}
