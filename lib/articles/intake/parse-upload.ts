import type { IntakeResult } from "./intake-result";
import { decodeUploadedBytes } from "./decode-text";
import { IntakeError } from "./errors";
import { parsePasted, type PastedFormat } from "./parse-pasted";
import { assertWithinSizeLimit } from "./size-limit";
import { errorText } from "@/lib/i18n/error-text";

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };

// The extension decides, not file.type: browsers report .md as "", "text/markdown" or
// "application/octet-stream" depending on the OS, while the extension is what the user chose.
const FORMAT_BY_EXTENSION: Record<string, Exclude<PastedFormat, "auto">> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

function readExtension(fileName: string): string | null {
  const match = /\.([^./\\]+)$/.exec(fileName.trim());
  return match ? match[1].toLowerCase() : null;
}

function readUploadFormat(fileName: string): Exclude<PastedFormat, "auto"> {
  const extension = readExtension(fileName);
  const format = extension ? FORMAT_BY_EXTENSION[extension] : undefined;
  if (format) return format;
  throw new IntakeError(
    "unsupported_type",
    extension ? errorText("intake.unsupportedExtension", { extension }) : "intake.noExtension",
  );
}

export function parseUpload(file: UploadedFile): IntakeResult {
  const format = readUploadFormat(file.name);
  assertWithinSizeLimit(file.bytes.byteLength);
  return parsePasted({ content: decodeUploadedBytes(file.bytes), format });
}
