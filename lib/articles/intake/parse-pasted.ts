import type { IntakeResult } from "./intake-result";
import { buildFromArticlePage, buildFromHtmlFragment, buildFromMarkdown, buildFromText } from "./build-result";
import { detectFormat, isWholePage } from "./detect-format";
import { assertWithinSizeLimit, measureUtf8Bytes } from "./size-limit";

export type PastedFormat = "text" | "markdown" | "html" | "auto";

/** Turns pasted (or uploaded and decoded) content into canonical text, safe HTML and metadata. */
export function parsePasted(input: { content: string; format: PastedFormat }): IntakeResult {
  assertWithinSizeLimit(measureUtf8Bytes(input.content));
  const format = input.format === "auto" ? detectFormat(input.content) : input.format;
  if (format === "text") return buildFromText(input.content);
  if (format === "markdown") return buildFromMarkdown(input.content);
  return isWholePage(input.content) ? buildFromArticlePage(input.content) : buildFromHtmlFragment(input.content);
}
