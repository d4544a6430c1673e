// The HTML elements that survive our sanitizer (lib/articles/intake/sanitize.ts): article structure and basic
// formatting. Everything else typed or pasted as HTML is removed before anyone sees it.
export const ALLOWED_TAGS = [
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "a",
  "em",
  "strong",
  "i",
  "b",
  "br",
  "q",
  "cite",
  "code",
  "pre",
];

// Layout elements that separate paragraphs on a page. The first pass keeps them, as bare
// <div>s, so their text can be put into paragraphs before the final pass drops them.
export const CONTAINER_TAGS = [
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "dl",
  "dt",
  "dd",
  "address",
  "details",
  "summary",
  "form",
  "fieldset",
  "center",
  "hgroup",
  "hr",
  "body",
];

const allowed = new Set(ALLOWED_TAGS);
// `code` and ``` fenced ``` code shows as typed, markup included; HTML comments are removed like any tag
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])/g;

/**
 * The HTML elements in a piece of Markdown that readers will not see (the sanitizer removes them), each named once,
 * in order of appearance: "<u>", "<span>". Pure and linear, so a form can check as the reviewer types. With
 * `keptAsParagraphs`, layout elements whose text an article keeps as paragraphs (div, section, table…) are not named.
 */
export function findRemovedMarkup(markdown: string, { keptAsParagraphs = false } = {}): string[] {
  const found = new Set<string>();
  const containers = new Set<string>(keptAsParagraphs ? CONTAINER_TAGS : []);
  for (const match of markdown.replace(CODE, " ").matchAll(TAG)) {
    const name = match[1].toLowerCase();
    if (!allowed.has(name) && !containers.has(name)) found.add(`<${name}>`);
  }
  if (/<!--/.test(markdown.replace(CODE, " "))) found.add("<!-- comments -->");
  return [...found];
}
