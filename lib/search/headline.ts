// ts_headline marks matches with these two private-use characters instead of HTML: the snippet is split on them
// here and rendered as text, so nothing from the database is ever interpreted as markup. The search query strips
// both characters from the source text first, so they cannot be forged.
export const HIT_START = "\uE000";
export const HIT_STOP = "\uE001";

export type HeadlineSegment = { text: string; hit: boolean };

export function splitHeadline(snippet: string): HeadlineSegment[] {
  const segments: HeadlineSegment[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += text;
    else segments.push({ text, hit });
  };
  let rest = snippet;
  while (rest) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      push(rest.replaceAll(HIT_STOP, ""), false);
      break;
    }
    push(rest.slice(0, start).replaceAll(HIT_STOP, ""), false);
    rest = rest.slice(start + 1);
    const stop = rest.indexOf(HIT_STOP);
    const end = stop < 0 ? rest.length : stop;
    push(rest.slice(0, end).replaceAll(HIT_START, ""), true);
    rest = stop < 0 ? "" : rest.slice(stop + 1);
  }
  return segments;
}

export const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_STOP}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`;
