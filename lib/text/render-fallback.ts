import { escapeHtml } from "@/lib/http/html";

// Stored Markdown that cannot be rendered (saved before the bounds existed, or a parser failure the scan did not
// foresee) must still never break a page: it is shown as its own text, escaped, and the problem is logged.

/** Paragraphs at blank lines, line breaks kept, every character escaped: the source as the author typed it. */
export function renderAsEscapedText(source: string): string {
  return source
    .split(/(?:\r\n?|\n)\s*(?:\r\n?|\n)/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split(/\r\n?|\n/)
          .map(escapeHtml)
          .join("<br>")}</p>`,
    )
    .join("");
}

export function formatRenderFallback(what: string, problem: string, length: number, at = new Date()): string {
  return JSON.stringify({
    level: "warn",
    kind: "render",
    event: "shown_as_text",
    what,
    problem,
    length,
    at: at.toISOString(),
  });
}

/** One JSON line on stderr per source shown as text; never the text itself (it may be long or private). */
export function logRenderFallback(what: string, error: unknown, length: number): void {
  const problem = error instanceof Error ? error.message : String(error);
  console.warn(formatRenderFallback(what, problem.slice(0, 300), length));
}
