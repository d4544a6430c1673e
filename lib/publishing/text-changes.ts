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
    if (parts[i].kind === "same") {
      i++;
      continue;
    }
    // cut at a word boundary when the context is shortened, so it never starts or ends mid-word
    const before0 = i > 0 ? parts[i - 1].text : "";
    const contextBefore = before0.length > CONTEXT ? before0.slice(-CONTEXT).replace(/^\S*\s/, "") : before0;
    let before = "",
      after = "";
    // a run of changes separated only by short unchanged gaps reads as one change
    while (
      i < parts.length &&
      (parts[i].kind !== "same" || (parts[i].text.length < 20 && i + 1 < parts.length && parts[i + 1].kind !== "same"))
    ) {
      const part = parts[i];
      if (part.kind !== "added") before += part.text;
      if (part.kind !== "removed") after += part.text;
      i++;
    }
    const after0 = i < parts.length ? parts[i].text : "";
    const contextAfter = after0.length > CONTEXT ? after0.slice(0, CONTEXT).replace(/\s\S*$/, "") : after0;
    hunks.push({ before, after, contextBefore, contextAfter });
  }
  return { hunks: hunks.slice(0, MAX_HUNKS), more: Math.max(0, hunks.length - MAX_HUNKS) };
}
