import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";

// A 5 MB article text written as one statement held the embedded database's only connection for over a second
// (the value crosses the wire protocol, is parsed and stored in one go), and every reader waited. So a large text
// goes in pieces first, each its own short statement outside any transaction, and the version's transaction then
// puts the pieces together inside the database with one statement, which costs a fraction of the upload.

/** Texts up to this many characters are written directly. */
export const DIRECT_TEXT_CHARS = 256 * 1024;
/** About 20 ms per piece on the embedded database. */
export const TEXT_PIECE_CHARS = 256 * 1024;
/** Pieces older than this belong to a write whose process died. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** A text ready for its version: small ones as they are, large ones as the id of their uploaded pieces. */
export type StagedText = { direct: string } | { uploadId: string };

/** Cut points that never split a surrogate pair (half an emoji is not valid UTF-8 and the database refuses it). */
export function splitIntoPieces(text: string, size = TEXT_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

export async function stageText(text: string): Promise<StagedText> {
  if (text.length <= DIRECT_TEXT_CHARS) return { direct: text };
  await db.textPiece.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - ABANDONED_AFTER_MS) } } });
  const uploadId = randomUUID();
  try {
    const pieces = splitIntoPieces(text);
    for (let position = 0; position < pieces.length; position++)
      await db.textPiece.create({ data: { uploadId, position, text: pieces[position] } });
  } catch (e) {
    await discardStagedText({ uploadId });
    throw e;
  }
  return { uploadId };
}

/** The value to create the version with: the text itself, or a placeholder that fillVersionText replaces. */
export function initialText(staged: StagedText): string {
  return "direct" in staged ? staged.direct : "";
}

/** Inside the version's transaction: the version's column gets the whole text, put together from its pieces. */
export async function fillVersionText(
  tx: Tx,
  versionId: string,
  column: "text" | "html",
  staged: StagedText,
): Promise<void> {
  if ("direct" in staged) return;
  const assembled =
    column === "text"
      ? await tx.$executeRaw`UPDATE "ArticleVersion" SET "text" = (SELECT string_agg("text", '' ORDER BY "position") FROM "TextPiece" WHERE "uploadId" = ${staged.uploadId}) WHERE "id" = ${versionId}`
      : await tx.$executeRaw`UPDATE "ArticleVersion" SET "html" = (SELECT string_agg("text", '' ORDER BY "position") FROM "TextPiece" WHERE "uploadId" = ${staged.uploadId}) WHERE "id" = ${versionId}`;
  if (assembled !== 1) throw new Error(`large text: version ${versionId} was not found to fill`);
  await tx.textPiece.deleteMany({ where: { uploadId: staged.uploadId } });
}

/** After a failed or refused write: its pieces are of no use (a successful one removed them in its transaction). */
export async function discardStagedText(staged: StagedText): Promise<void> {
  if ("uploadId" in staged) await db.textPiece.deleteMany({ where: { uploadId: staged.uploadId } });
}
