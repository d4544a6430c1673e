import type { IntakeResult } from "./intake-result";
import { buildFromArticlePage, buildFromHtmlFragment, buildFromMarkdown, buildFromText } from "./build-result";
import { decidePasteReading, isWholePage, mixedPasteToHtml } from "./detect-format";
import { assertWithinSizeLimit, measureUtf8Bytes } from "./size-limit";

export type PastedFormat = "text" | "markdown" | "html" | "auto";

/** Turns pasted (or uploaded and decoded) content into canonical text, safe HTML and metadata. */
export function parsePasted(input: { content: string; format: PastedFormat }): IntakeResult {
  assertWithinSizeLimit(measureUtf8Bytes(input.content));
  const reading = input.format === "auto" ? decidePasteReading(input.content) : input.format;
  const result =
    reading === "text"
      ? buildFromText(input.content)
      : reading === "markdown"
        ? buildFromMarkdown(input.content)
        : reading === "mixed"
          ? buildFromHtmlFragment(mixedPasteToHtml(input.content))
          : isWholePage(input.content)
            ? buildFromArticlePage(input.content)
            : buildFromHtmlFragment(input.content);
  return { ...result, reading };
}
