import { createHash } from "node:crypto";

/** A dismissed suggestion is remembered by its sentence, so it stays dismissed in later versions of the article. */
export function dismissalKey(sentence: string): string {
  return createHash("sha256").update(sentence.normalize("NFC").trim(), "utf8").digest("hex");
}
