import { IntakeError } from "./errors";
import { errorText } from "@/lib/i18n/error-text";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

export function measureUtf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * "10.0 MB" for a measured size, rounded up so a file just over the limit never reads as
 * "5.0 MB; the limit is 5 MB"; "5 MB" for a limit, which is a round number people remember.
 */
export function formatMegabytes(bytes: number, { asLimit = false } = {}): string {
  const megabytes = bytes / MEGABYTE;
  if (asLimit) return `${Number(megabytes.toFixed(1))} MB`;
  return `${(Math.ceil(megabytes * 10) / 10).toFixed(1)} MB`;
}

export function assertWithinSizeLimit(bytes: number, limit = MAX_ARTICLE_BYTES): void {
  if (bytes <= limit) return;
  throw new IntakeError(
    "too_big",
    errorText("intake.articleTooBig", {
      size: formatMegabytes(bytes),
      limit: formatMegabytes(limit, { asLimit: true }),
    }),
  );
}
