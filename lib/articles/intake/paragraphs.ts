import { DOMParser } from "linkedom";

// Tags that already start their own line when rendered and when turned into text.
const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "div"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function hasVisibleText(nodes: Node[]): boolean {
  return nodes.some(
    (node) => (node.textContent ?? "").trim() !== "" && (isElement(node) || node.nodeType === TEXT_NODE),
  );
}

function wrapInParagraph(run: Node[]): void {
  const first = run[0];
  const paragraph = first.ownerDocument!.createElement("p");
  first.parentNode!.insertBefore(paragraph, first);
  for (const node of run) paragraph.appendChild(node);
}

/** Wraps each maximal run of inline children that holds text into its own <p>. */
function wrapInlineRuns(children: Node[], isBlock: boolean[]): void {
  let run: Node[] = [];
  const flush = () => {
    if (hasVisibleText(run)) wrapInParagraph(run);
    run = [];
  };
  children.forEach((child, index) => {
    if (isBlock[index]) flush();
    else run.push(child);
  });
  flush();
}

/** Returns whether the element is, or holds, a block; wraps loose text on the way up. */
function paragraphDescendants(element: Element, isRoot: boolean): boolean {
  const children = [...element.childNodes];
  const isBlock = children.map(
    (child) => isElement(child) && (paragraphDescendants(child, false) || BLOCK_TAGS.has(child.localName)),
  );
  if (isRoot || element.localName === "div") wrapInlineRuns(children, isBlock);
  return BLOCK_TAGS.has(element.localName) || isBlock.some(Boolean);
}

/**
 * The sanitizer turns layout containers (div, section, td, ...) into <div> and then drops
 * them, which would glue "<div>one</div><div>two</div>" into "onetwo". This puts every run
 * of text that sits directly in a div, or at the top level, into a <p> first, so each one
 * stays its own paragraph. Input must already be sanitized: nesting is bounded and only
 * div is left to wrap around prose.
 */
export function wrapLooseTextInParagraphs(sanitizedHtml: string): string {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${sanitizedHtml}</body></html>`,
    "text/html",
  );
  paragraphDescendants(document.body, true);
  return document.body.innerHTML;
}
