import { diffWords } from "@/lib/history/word-diff";

export type TextHunk = { before: string; after: string; contextBefore: string; contextAfter: string };

// Context shown around each change: enough to recognise the sentence, short enough to list every change of a long text.
const CONTEXT = 80;
const MAX_HUNKS = 50;

/** Pure: the places where the text readers read and the text about to be published differ, old beside new. */
export function describeTextChanges(published: string, current: string): { hunks: TextHunk[]; more: number } {
  if (published === current) return { hunks: [], more: 0 };
  const parts = diffWords(published, current);
  const hunks: TextHunk[] = [];
  let i = 0;
  while (i < parts.length) {
    if (parts[i].kind === "same") { i++; continue; }
    const contextBefore = i > 0 ? parts[i - 1].text.slice(-CONTEXT) : "";
    let before = "", after = "";
    // a run of changes separated only by short unchanged gaps reads as one change
    while (i < parts.length && (parts[i].kind !== "same" || (parts[i].text.length < 20 && i + 1 < parts.length && parts[i + 1].kind !== "same"))) {
      const part = parts[i];
      if (part.kind !== "added") before += part.text;
      if (part.kind !== "removed") after += part.text;
      i++;
    }
    const contextAfter = i < parts.length ? parts[i].text.slice(0, CONTEXT) : "";
    hunks.push({ before, after, contextBefore, contextAfter });
  }
  return { hunks: hunks.slice(0, MAX_HUNKS), more: Math.max(0, hunks.length - MAX_HUNKS) };
}
