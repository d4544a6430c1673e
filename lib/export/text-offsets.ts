// Our offsets are JavaScript string indexes (UTF-16 code units); the W3C Web
// Annotation model counts Unicode code points. They differ as soon as the text
// before a claim holds a character outside the Basic Multilingual Plane (emoji,
// some CJK), so every exported/imported TextPositionSelector is converted.

/** UTF-16 index → code point index. An index inside a surrogate pair counts the whole character. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A low surrogate continues the character its high surrogate already counted.
    if (code < 0xdc00 || code > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff)
      points += 1;
  }
  return points;
}

/** Code point index → UTF-16 index; past the end clamps to text.length. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  let index = 0;
  for (let points = 0; points < codePointOffset && index < text.length; points += 1) {
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}
