import sanitizeHtml from "sanitize-html";
import { ALLOWED_TAGS, CONTAINER_TAGS } from "@/lib/text/allowed-markup";
import { wrapLooseTextInParagraphs } from "./paragraphs";

// Elements whose text is never article prose: code, styles, form controls, embedded
// documents and graphics. Their text goes with the tag (for other disallowed tags only the
// tag goes). This replaces sanitize-html's default list, so it repeats all of it.
const DROPPED_WITH_TEXT = [
  "script",
  "style",
  "textarea",
  "option",
  "xmp",
  "noscript",
  "noembed",
  "noframes",
  "iframe",
  "object",
  "template",
  "title",
  "svg",
  "math",
  "select",
  "button",
  "head",
];
// Real pages nest 20-30 deep; past this, tags are dropped (their text stays) so the DOM
// pass in between stays shallow.
const NESTING_LIMIT = 100;
const SAFE_LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const LINK_REL = "noopener noreferrer nofollow";

/**
 * Resolves an href the way a browser would (the WHATWG parser strips tabs, newlines and
 * surrounding control characters, so "jav&#x09;ascript:" is judged as "javascript:") and
 * keeps it only if it is absolute and http, https or mailto. Relative links are dropped:
 * stored articles have no base URL for them to point at.
 */
function readSafeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return SAFE_LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

// A link we cannot keep loses its href here and is then unwrapped by dropLinkWithoutHref,
// leaving its text. (Renaming it to a disallowed tag instead trips a sanitize-html bug
// that closes the next link at the same depth with the wrong tag.)
const keepSafeLink: sanitizeHtml.Transformer = (_tagName, attribs): sanitizeHtml.Tag => {
  const href = readSafeHref(attribs.href);
  return { tagName: "a", attribs: href ? { href, rel: LINK_REL } : {} };
};

const dropLinkWithoutHref = (frame: sanitizeHtml.IFrame): boolean | "excludeTag" =>
  frame.tag === "a" && !frame.attribs.href ? "excludeTag" : false;

function buildOptions(
  allowedTags: string[],
  transformTags: Record<string, sanitizeHtml.Transformer>,
): sanitizeHtml.IOptions {
  return {
    allowedTags,
    allowedAttributes: { a: ["href", "rel"] },
    allowedClasses: {},
    allowedStyles: {},
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: "discard",
    nonTextTags: DROPPED_WITH_TEXT,
    nestingLimit: NESTING_LIMIT,
    transformTags,
    exclusiveFilter: dropLinkWithoutHref,
  };
}

const toBareDiv: sanitizeHtml.Transformer = () => ({ tagName: "div", attribs: {} });
const REDUCE_PASS = buildOptions([...ALLOWED_TAGS, "div"], {
  a: keepSafeLink,
  ...Object.fromEntries(CONTAINER_TAGS.map((tag) => [tag, toBareDiv])),
});
const FINAL_PASS = buildOptions(ALLOWED_TAGS, { a: keepSafeLink });

/**
 * Reduces any HTML to the small prose subset we store and render. Idempotent. The final
 * sanitize-html pass runs last, so nothing the DOM pass in between emits can escape it.
 */
export function sanitizeArticleHtml(html: string): string {
  const reduced = sanitizeHtml(html, REDUCE_PASS);
  return sanitizeHtml(wrapLooseTextInParagraphs(reduced), FINAL_PASS);
}
