// The bounds every Markdown or HTML parse of untrusted text is held to, checked by a cheap linear scan BEFORE the
// parser runs. marked recurses once per nesting level and re-reads a list item's content once per level, so a paste
// of 2,000 nested list items overflows the stack and 700 take 7 s (measured 2026-12-02, `npx tsx` on marked 18.2.1);
// Readability walks every ancestor of every node, so a page 1,000 <div>s deep took 5.5 s. Real prose nests a few
// levels; real pages 20-40 tags. The scan over-counts rather than under-counts where it has to guess.

/** Lists, block quotes, emphasis and link brackets inside each other, in Markdown. */
export const MAX_MARKDOWN_NESTING = 32;
/** Open HTML elements inside each other (in pasted or fetched HTML, and raw HTML in Markdown). */
export const MAX_HTML_NESTING = 128;
/** Arrays and objects inside each other in an imported JSON file (a review export nests 5 deep, an annotation 6). */
export const MAX_JSON_NESTING = 64;
/** The longest rationale a claim can hold (and an imported report may bring). */
export const MAX_RATIONALE_LENGTH = 20_000;
/** Stored Markdown longer than this is shown as escaped text rather than parsed (rows older than the field limits). */
export const MAX_RENDERED_MARKDOWN_LENGTH = 40_000;

/**
 * How much longer than its source a rendering may be. Reference links repeat their destination at every use, so
 * 3 characters ("[x]") can become 2,000: 6,000 uses in a 20,000-character rationale would be 12 MB of HTML or PDF
 * text. Ordinary text grows 1-5 times (short autolinks about 12).
 */
export const MAX_RENDER_GROWTH = 16;
const RENDER_GROWTH_SLACK = 10_000;

/** Why a rendering of `source` is too large to pass on, or null. */
export function findRenderProblem(source: string, rendered: string): BoundProblem | null {
  return rendered.length > source.length * MAX_RENDER_GROWTH + RENDER_GROWTH_SLACK
    ? `grows to ${rendered.length.toLocaleString("en-GB")} characters when rendered (repeated reference links?)`
    : null;
}

/** What is wrong, as the end of a sentence whose subject the caller names ("The rationale" + problem). */
export type BoundProblem = string;

export class TextBoundError extends Error {
  constructor(
    readonly subject: string,
    readonly problem: BoundProblem,
  ) {
    super(`${subject} ${problem}.`);
    this.name = "TextBoundError";
  }
}

const nestedTooDeep = (limit: number, what: string): BoundProblem =>
  `is nested more than ${limit} levels deep (${what}); flatten it`;

// A list marker: "-", "*", "+" or up to 9 digits and "." or ")", then a space, a tab or the end of the line.
function readListMarkerEnd(line: string, at: number): number {
  let end = at;
  const first = line.charCodeAt(at);
  if (first === 45 || first === 42 || first === 43) end = at + 1;
  else {
    while (end < line.length && end - at < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
    if (end === at || (line[end] !== "." && line[end] !== ")")) return -1;
    end++;
  }
  return end === line.length || line[end] === " " || line[end] === "\t" ? end : -1;
}

type InlineState = { emphasis: number; brackets: number; closedBrackets: number };

// Emphasis: a run of n "*", "_" or "~" opens up to ceil(n/2) levels (strong + em). A run that can only open adds,
// one that can only close takes away; one that can do both (inside a word) closes what is open, else opens.
function scanInline(line: string, from: number, state: InlineState): BoundProblem | null {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (char === "\\") i++;
    else if (char === "[") {
      if (++state.brackets > MAX_MARKDOWN_NESTING) return nestedTooDeep(MAX_MARKDOWN_NESTING, "links or images");
    } else if (char === "]") {
      state.brackets = Math.max(0, state.brackets - 1);
      state.closedBrackets++;
    } else if (char === "*" || char === "_" || char === "~") {
      let end = i;
      while (end < line.length && line[end] === char) end++;
      const levels = Math.ceil((end - i) / 2);
      const canOpen = end < line.length && !/\s/.test(line[end]);
      const canClose = i > from && !/\s/.test(line[i - 1]);
      if (canOpen && (!canClose || state.emphasis === 0)) state.emphasis += levels;
      else if (canClose) state.emphasis = Math.max(0, state.emphasis - levels);
      if (state.emphasis > MAX_MARKDOWN_NESTING) return nestedTooDeep(MAX_MARKDOWN_NESTING, "emphasis with * _ or ~");
      i = end - 1;
    }
  }
  return null;
}

/**
 * Why this Markdown may not be parsed, or null when it is within bounds. Container depth is tracked with a stack of
 * the columns list items' content starts at: a marker line (or a line after a blank one) closes every item it is
 * indented less than; a line straight after text may be a lazy continuation, so it closes nothing.
 */
export function findMarkdownProblem(source: string): BoundProblem | null {
  const htmlProblem = findHtmlProblem(source);
  if (htmlProblem) return htmlProblem;
  const items: number[] = [];
  const inline: InlineState = { emphasis: 0, brackets: 0, closedBrackets: 0 };
  let longestDefinition = 0;
  let afterBlank = true;
  let fence = "";
  for (const line of source.split(/\r\n?|\n/)) {
    let at = 0;
    let column = 0;
    let quotes = 0;
    let sawMarker = false;
    for (;;) {
      while (at < line.length && (line[at] === " " || line[at] === "\t"))
        column = line[at++] === "\t" ? column + 4 - (column % 4) : column + 1;
      if (at === line.length) break;
      if (line[at] === ">") {
        quotes++;
        at++;
        column++;
        continue;
      }
      const markerEnd = readListMarkerEnd(line, at);
      if (markerEnd < 0) break;
      if (!sawMarker) while (items.length > 0 && items[items.length - 1] > column) items.pop();
      sawMarker = true;
      column += markerEnd - at;
      items.push(column + 1);
      at = markerEnd;
      if (items.length + quotes > MAX_MARKDOWN_NESTING)
        return nestedTooDeep(MAX_MARKDOWN_NESTING, "lists or block quotes");
    }
    if (at === line.length && !sawMarker && quotes === 0) {
      afterBlank = true;
      inline.emphasis = 0;
      inline.brackets = 0;
      continue;
    }
    if (!sawMarker && afterBlank) while (items.length > 0 && items[items.length - 1] > column) items.pop();
    if (items.length + quotes > MAX_MARKDOWN_NESTING)
      return nestedTooDeep(MAX_MARKDOWN_NESTING, "lists or block quotes");
    afterBlank = false;
    const definition = REFERENCE_DEFINITION.exec(line.slice(at));
    if (definition) longestDefinition = Math.max(longestDefinition, definition[0].length);
    // Code is not Markdown: "*args" in a fenced or indented listing opens no emphasis.
    const fenceMark = /^(`{3,}|~{3,})/.exec(line.slice(at, at + 3))?.[1][0];
    if (fenceMark && (!fence || fence === fenceMark)) fence = fence ? "" : fenceMark;
    else if (!fence && !(items.length === 0 && quotes === 0 && column >= 4)) {
      const problem = scanInline(line, at, inline);
      if (problem) return problem;
    }
  }
  // every "]" may be a use of the longest reference definition, which repeats its destination each time
  if (inline.closedBrackets * longestDefinition > source.length * MAX_RENDER_GROWTH + RENDER_GROWTH_SLACK) {
    return "repeats its reference links too often to render; write the links out";
  }
  return null;
}

const REFERENCE_DEFINITION = /^\[[^\]]+\]:.*/;

// The scan counts depth the way the parsers we run do (htmlparser2, under sanitize-html and linkedom), which nest more
// than a browser would: "<td><div><td>" nests there, so it is counted as nesting here.
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
// Their content is text up to their end tag: "if (a<b)" in a script is not a tag.
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "title", "textarea", "xmp"]);
// Opening one of these closes the open element on top while it is one of the kinds listed, as htmlparser2 does:
// "<li>a<li>b" and "<tr><td>a<tr><td>b" are siblings, not nested.
const PARAGRAPH = ["p"];
const FORM_CONTROLS = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIED_END: Record<string, readonly string[]> = {
  tr: ["tr", "th", "td"],
  th: ["th"],
  td: ["thead", "th", "td"],
  body: ["head", "link", "script"],
  li: ["li"],
  option: ["option"],
  optgroup: ["optgroup", "option"],
  dd: ["dd", "dt"],
  dt: ["dd", "dt"],
  rt: ["rt", "rp"],
  rp: ["rt", "rp"],
  tbody: ["thead", "tbody"],
  tfoot: ["thead", "tbody"],
  ...Object.fromEntries(
    ["select", "input", "output", "button", "datalist", "textarea"].map((name) => [name, FORM_CONTROLS]),
  ),
  ...Object.fromEntries(
    [
      "p",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "address",
      "article",
      "aside",
      "blockquote",
      "details",
      "div",
      "dl",
      "fieldset",
      "figcaption",
      "figure",
      "footer",
      "form",
      "header",
      "hr",
      "main",
      "nav",
      "ol",
      "pre",
      "section",
      "table",
      "ul",
    ].map((name) => [name, PARAGRAPH]),
  ),
};

function closeImplied(open: string[], name: string): void {
  const closes = IMPLIED_END[name];
  if (closes) while (open.length > 0 && closes.includes(open[open.length - 1])) open.pop();
}
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;

// The index just past the ">" ending a tag that starts at `from`, skipping quoted attribute values.
function findTagEnd(source: string, from: number): number {
  let quote = "";
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return i + 1;
  }
  return source.length;
}

/** Why this HTML may not be parsed (elements open inside each other too deep), or null. */
export function findHtmlProblem(source: string): BoundProblem | null {
  const open: string[] = [];
  let lower: string | null = null;
  let at = source.indexOf("<");
  while (at >= 0 && at < source.length) {
    let next: number;
    if (source.startsWith("<!--", at)) {
      const end = source.indexOf("-->", at + 4);
      next = end < 0 ? source.length : end + 3;
    } else if (source[at + 1] === "!" || source[at + 1] === "?") next = findTagEnd(source, at + 2);
    else if (source[at + 1] === "/") {
      TAG_NAME.lastIndex = at + 2;
      const name = TAG_NAME.exec(source)?.[0].toLowerCase();
      const index = name ? open.lastIndexOf(name) : -1;
      if (index >= 0) open.length = index;
      next = findTagEnd(source, at + 2);
    } else {
      TAG_NAME.lastIndex = at + 1;
      const name = TAG_NAME.exec(source)?.[0].toLowerCase();
      next = name ? findTagEnd(source, at + 1 + name.length) : at + 1;
      if (name && RAW_TEXT_ELEMENTS.has(name)) {
        lower ??= source.toLowerCase();
        const end = lower.indexOf(`</${name}`, next);
        next = end < 0 ? source.length : end;
      } else if (name && !VOID_ELEMENTS.has(name)) {
        closeImplied(open, name);
        open.push(name);
        if (open.length > MAX_HTML_NESTING) return nestedTooDeep(MAX_HTML_NESTING, "HTML elements");
      }
    }
    at = source.indexOf("<", next);
  }
  return null;
}

/**
 * Why this JSON may not be parsed (arrays and objects nested too deep), or null. JSON.parse does not overflow, but a
 * 6 MB file of "[" took 14 s where 6 MB of flat numbers took 0.6 s (2026-12-02, Node 20).
 */
export function findJsonProblem(source: string): BoundProblem | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // backslash: the next character is escaped
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > MAX_JSON_NESTING) return nestedTooDeep(MAX_JSON_NESTING, "arrays or objects");
    } else if (code === 93 || code === 125) depth--;
  }
  return null;
}

export function assertMarkdownWithinBounds(source: string, subject: string): void {
  const problem = findMarkdownProblem(source);
  if (problem) throw new TextBoundError(subject, problem);
}

export function assertHtmlWithinBounds(source: string, subject: string): void {
  const problem = findHtmlProblem(source);
  if (problem) throw new TextBoundError(subject, problem);
}

/** For a zod `.superRefine`: a field of Markdown gets the problem as its own field error. */
export function refineMarkdownBounds(subject: string) {
  return (value: string, ctx: { addIssue: (issue: { code: "custom"; message: string }) => void }): void => {
    const problem = findMarkdownProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${subject} ${problem}.` });
  };
}

/** A parser that failed anyway (a stack overflow on a shape the scan did not foresee) becomes a bound error. */
export function parseWithinBounds<T>(subject: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError)
      throw new TextBoundError(subject, "is too deeply nested to read; flatten its lists, quotes or markup");
    throw error;
  }
}
