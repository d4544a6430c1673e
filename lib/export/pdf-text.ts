// The PDF uses the 14 built-in PDF fonts (no font files to ship or download),
// which only cover Windows-1252 ("WinAnsi"). Anything outside it would come out
// as the wrong glyphs, so text is folded to WinAnsi first: accents outside the
// set are dropped (Ō → O), emoji are removed, and any other run of characters
// that cannot be drawn (CJK, Cyrillic...) becomes a single "?".

const WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    char === "\n" ||
    char === "\t" ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRAS.includes(char)
  );
}

// Letters NFKD cannot take apart, and punctuation with an obvious stand-in.
const FALLBACKS: Record<string, string> = {
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ħ: "H",
  ħ: "h",
  ı: "i",
  Ŀ: "L",
  ŀ: "l",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "−": "-",
  "′": "'",
  "″": '"',
  "→": "->",
  "←": "<-",
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "\u2028": "\n",
  "\u2029": "\n",
};

const INVISIBLE = /[\u200b-\u200d\u2060\ufe00-\ufe0f\u{e0020}-\u{e007f}]/gu;
// © ® ™ are pictographs too, but WinAnsi has them: only drop the ones it lacks.
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]$/u;
/** A lone combining mark (text stored decomposed, e + U+0301): the base letter already printed. */
const COMBINING_MARK = /^\p{M}$/u;

function foldChar(char: string): string | null {
  if (isWinAnsi(char)) return char;
  const fallback = FALLBACKS[char];
  if (fallback !== undefined) return fallback;
  const decomposed = char.normalize("NFKD").replace(/\p{M}/gu, "");
  if (decomposed && [...decomposed].every(isWinAnsi)) return decomposed;
  return null;
}

/** Text safe to draw with Helvetica: WinAnsi only, with unrepresentable runs marked "?". */
export function toWinAnsiText(text: string): string {
  let out = "";
  let inUnknownRun = false;
  for (const char of text.normalize("NFC").replace(INVISIBLE, "")) {
    if (!isWinAnsi(char) && (PICTOGRAPH.test(char) || COMBINING_MARK.test(char))) continue;
    const folded = foldChar(char);
    if (folded === null) {
      if (!inUnknownRun) out += "?";
      inUnknownRun = true;
    } else {
      out += folded;
      inUnknownRun = false;
    }
  }
  return out;
}
