/**
 * Lists everything under `root` that could run script: script-capable elements, `on*` attributes, URL attributes
 * whose scheme (judged the way a browser judges it: entities already decoded by the parser, whitespace and
 * control characters removed) is javascript:, vbscript: or data:, and CSS that calls expression() or a script URL.
 * Descends into open shadow roots. An empty list means the markup is inert.
 *
 * `isAppPage`: the root is a whole app region, whose own forms (claim card, comment box, search) are expected; in
 * sanitized content a form is a finding like any other.
 *
 * Self-contained on purpose (no imports, no outer constants): Playwright serialises it into the page with
 * `locator.evaluate(findXssInDom, isAppPage)`, and the unit tests run it on linkedom documents.
 */
export function findXssInDom(root: ParentNode, isAppPage = false): string[] {
  const forbiddenElements = new Set([
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "meta",
    "link",
    "style",
    "form",
    "portal",
    "isindex",
    "math",
    "template",
    "noscript",
    "xmp",
    "plaintext",
  ]);
  // SVG is only dangerous with these inside (scripts, animations that set attributes, foreign HTML, external refs).
  const dangerousInSvg = new Set([
    "script",
    "foreignobject",
    "animate",
    "set",
    "use",
    "image",
    "a",
    "handler",
    "animatetransform",
    "animatemotion",
  ]);
  const urlAttributes = new Set([
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "ping",
    "lowsrc",
    "dynsrc",
    "to",
    "from",
    "values",
    "codebase",
    "cite",
    "longdesc",
    "usemap",
    "manifest",
    "icon",
  ]);
  const scriptScheme = /^(javascript|vbscript|data):/;
  const problems: string[] = [];
  const describe = (element: Element) => `<${element.localName}>`;
  const visit = (scope: ParentNode) => {
    for (const element of Array.from(scope.querySelectorAll("*"))) {
      const name = element.localName.toLowerCase();
      if (forbiddenElements.has(name) && !(isAppPage && name === "form")) problems.push(`${describe(element)} element`);
      if (
        name === "svg" &&
        Array.from(element.querySelectorAll("*")).some((child) => dangerousInSvg.has(child.localName.toLowerCase()))
      ) {
        problems.push("<svg> with script, animation, foreign content or links");
      }
      for (const attribute of Array.from(element.attributes)) {
        const attributeName = attribute.name.toLowerCase();
        const value = attribute.value;
        if (attributeName.startsWith("on"))
          problems.push(`${describe(element)} ${attributeName}="${value.slice(0, 60)}"`);
        if (attributeName === "srcdoc") problems.push(`${describe(element)} srcdoc`);
        const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
        if ((urlAttributes.has(attributeName) || attributeName.endsWith(":href")) && scriptScheme.test(compact)) {
          problems.push(`${describe(element)} ${attributeName}="${value.slice(0, 60)}"`);
        }
        if (
          attributeName === "style" &&
          /expression\(|javascript:|vbscript:|behavior:|-moz-binding/.test(compact.replace(/\/\*.*?\*\//g, ""))
        ) {
          problems.push(`${describe(element)} style="${value.slice(0, 60)}"`);
        }
      }
      const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return problems;
}
