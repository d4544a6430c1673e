import type { OrgExportFormat } from "./export-query";

// Counts finished articles in an org export as its text arrives, chunk by chunk (runs in the browser).
// JSON Lines: one line per article. CSV: records are grouped by article in order, so a new article starts where
// the article_id (first field) changes; a quoted field may hold line breaks, so quotes are tracked.

export type ProgressCounter = { push(text: string): number; readonly articles: number };

export function createProgressCounter(format: OrgExportFormat): ProgressCounter {
  let articles = 0;
  if (format === "jsonl") {
    return {
      push(text) {
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) articles += 1;
        return articles;
      },
      get articles() {
        return articles;
      },
    };
  }
  let inQuotes = false;
  let inFirstField = true;
  let firstField = "";
  let lastId: string | null = null;
  let isHeader = true;
  return {
    push(text) {
      for (const char of text) {
        if (char === '"')
          inQuotes = !inQuotes; // "" inside a quoted field toggles twice: still inside
        else if (!inQuotes && char === "\n") {
          if (!isHeader && firstField !== lastId) {
            articles += 1;
            lastId = firstField;
          }
          isHeader = false;
          inFirstField = true;
          firstField = "";
        } else if (inFirstField) {
          if (!inQuotes && char === ",") inFirstField = false;
          else if (char !== "\r") firstField += char;
        }
      }
      return articles;
    },
    get articles() {
      return articles;
    },
  };
}
