// Pure: a word-level diff for the history view (rationales). Words and the white space between them are tokens,
// so joining the parts gives back both texts exactly.
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// Past this many LCS cells (after trimming the common start and end) the diff would cost more than it shows:
// the view falls back to the whole before and after.
const MAX_CELLS = 400_000;

const tokenize = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before), b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA), midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    push(parts, "removed", midA.join(""));
    push(parts, "added", midB.join(""));
  } else {
    // lcs[i][j] = length of the longest common subsequence of midA[i..] and midB[j..]
    const width = midB.length + 1;
    const lcs = new Uint32Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    let i = 0, j = 0;
    while (i < midA.length && j < midB.length) {
      if (midA[i] === midB[j]) { push(parts, "same", midA[i]); i++; j++; }
      else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) push(parts, "removed", midA[i++]);
      else push(parts, "added", midB[j++]);
    }
    while (i < midA.length) push(parts, "removed", midA[i++]);
    while (j < midB.length) push(parts, "added", midB[j++]);
  }
  push(parts, "same", a.slice(endA).join(""));
  return groupReplacements(parts);
}

// "No one signed" → "Both countries signed" would otherwise read "-No +Both -one +countries": a lone space kept
// between two replacements joins them, so it reads "-No one +Both countries". Both texts stay recoverable.
function groupReplacements(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "", added = "";
  const flush = () => { push(out, "removed", removed); push(out, "added", added); removed = added = ""; };
  parts.forEach((p, k) => {
    if (p.kind === "removed") removed += p.text;
    else if (p.kind === "added") added += p.text;
    else if (removed && added && /^\s+$/.test(p.text) && parts[k + 1] && parts[k + 1].kind !== "same") { removed += p.text; added += p.text; }
    else { flush(); push(out, "same", p.text); }
  });
  flush();
  return out;
}
