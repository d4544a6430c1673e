// Pure: a word-level diff for the history view (rationales). Words and the white space between them are tokens,
// so joining the parts gives back both texts exactly.
import { diffArrays } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// Words and the white space between them are diffed as whole tokens (jsdiff's word modes would split "false."
// into "false" and "."). Past these bounds (after trimming the common start and end) the diff would cost more than
// it shows, and one history view may hold many: the view falls back to the whole before and after.
const MAX_TOKENS = 2_000; // both sides together
const MAX_EDITS = 300;
const MAX_MS = 50;

const tokenize = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before),
    b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length,
    endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA),
    midB = b.slice(start, endB);
  const changes =
    midA.length + midB.length <= MAX_TOKENS
      ? diffArrays(midA, midB, { maxEditLength: MAX_EDITS, timeout: MAX_MS })
      : undefined;
  if (!changes) {
    push(parts, "removed", midA.join(""));
    push(parts, "added", midB.join(""));
  } else {
    for (const change of changes)
      push(parts, change.added ? "added" : change.removed ? "removed" : "same", change.value.join(""));
  }
  push(parts, "same", a.slice(endA).join(""));
  return groupReplacements(parts);
}

// "No one signed" → "Both countries signed" would otherwise read "-No +Both -one +countries": a lone space kept
// between two replacements joins them, so it reads "-No one +Both countries". Both texts stay recoverable.
function groupReplacements(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "",
    added = "";
  const flush = () => {
    push(out, "removed", removed);
    push(out, "added", added);
    removed = added = "";
  };
  parts.forEach((p, k) => {
    if (p.kind === "removed") removed += p.text;
    else if (p.kind === "added") added += p.text;
    else if (removed && added && /^\s+$/.test(p.text) && parts[k + 1] && parts[k + 1].kind !== "same") {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      push(out, "same", p.text);
    }
  });
  flush();
  return out;
}
