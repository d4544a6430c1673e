/**
 * Reads the article text of a publisher's page the way our intake reads an article (lib/articles/intake/
 * html-to-text.ts): one line per block-level element, <br> as a space, each line of a <pre> a line of its own.
 * Navigation, asides, figures, scripts and anything that looks like an advertisement are left out, so the text
 * the claims were written against lines up with the page even when ads and "read more" boxes sit between
 * paragraphs.
 *
 * The result is a list of pieces: text nodes, with their text as written (line breaks outside <pre> turned into
 * spaces one for one, as browsers render them, so offsets stay those of the node), and synthetic breaks (node
 * null). text-map.ts normalises their concatenation and maps offsets back.
 *
 * Uses only the plain DOM interfaces (nodeType, localName, attributes), so it runs on linkedom in the tests.
 */

export type TextPiece = { node: Text | null; text: string };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);
// Not article prose. The two custom elements are ours: a second run must not read its own chips and panel.
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "aside",
  "figure",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "button",
  "select",
  "textarea",
  "input",
  "form",
  "fd-chip",
  "factdesk-overlay",
]);

/*
 * Advertisement containers, by the names ad servers and CMSs give them. Class and id *tokens* are matched
 * rather than substrings: `[class*=ad-]` would also drop "lead-paragraph", "head-note" or "thread-reply", and
 * `[id^=ad]` the "address" block, which would cost real claims their place.
 */
const AD_TOKEN = /^(ads?|advert\w*|sponsor\w*|adsbygoogle)([-_].*)?$|[-_]ads?([-_]|$)/i;
const AD_ID = /^(ads?|advert\w*)([-_\d].*)?$/i;

export function isAdvertisement(el: Element): boolean {
  const classes = (el.getAttribute("class") ?? "").split(/\s+/);
  if (classes.some((token) => token && AD_TOKEN.test(token))) return true;
  return AD_ID.test(el.getAttribute("id") ?? "");
}

function isSkipped(el: Element, tag: string): boolean {
  return (
    SKIPPED_TAGS.has(tag) ||
    el.hasAttribute("hidden") ||
    el.hasAttribute("data-factdesk-ignore") ||
    el.getAttribute("aria-hidden") === "true" ||
    isAdvertisement(el)
  );
}

export type CollectOptions = {
  /** CSS-hidden elements (display: none), which the tag alone does not reveal; the browser passes a computed-style check */
  isHidden?: (el: Element) => boolean;
};

export function collectTextPieces(root: Element, options: CollectOptions = {}): TextPiece[] {
  const pieces: TextPiece[] = [];
  let hasTextSinceBreak = false;
  // One break between blocks however deeply they nest, and none for blocks that held only whitespace (skipped
  // ads, empty wrappers): the article's canonical text has one "\n" between paragraphs.
  const addBreak = () => {
    if (!hasTextSinceBreak) return;
    pieces.push({ node: null, text: "\n" });
    hasTextSinceBreak = false;
  };
  const visit = (node: Node, isPre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) return;
      pieces.push({ node: node as Text, text: isPre ? data : data.replace(/[\r\n]/g, " ") });
      if (/\S/.test(data)) hasTextSinceBreak = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName;
    if (isSkipped(el, tag) || options.isHidden?.(el)) return;
    if (tag === "br") {
      pieces.push({ node: null, text: " " });
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) addBreak();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, isPre || tag === "pre");
    if (isBlock) addBreak();
  };
  visit(root, false);
  return pieces;
}

/** The element holding the article: marked by the publisher, else the usual landmarks, else the whole body. */
export function findArticleRoot(doc: Document): Element {
  return (
    doc.querySelector("[data-factdesk-root]") ?? doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body
  );
}
