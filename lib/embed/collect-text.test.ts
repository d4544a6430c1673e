import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { collectTextPieces, findArticleRoot, isAdvertisement } from "./collect-text";
import { mapNormalizedText } from "./text-map";

const page = (body: string) =>
  parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
const textOf = (body: string) =>
  mapNormalizedText(collectTextPieces(findArticleRoot(page(body))).map((p) => p.text)).text;

describe("collectTextPieces", () => {
  it("gives one line per block, however deeply blocks nest", () => {
    expect(
      textOf(`<article><h1>Title</h1><div><div><p>One <em>two</em>
      three.</p></div></div><section><div>Four.</div></section><p></p><p>  </p><ul><li>Five</li><li>Six</li></ul></article>`),
    ).toBe("Title\nOne two three.\nFour.\nFive\nSix");
  });

  it("leaves out navigation, asides, figures, scripts, hidden parts and advertisements", () => {
    expect(
      textOf(`<article><nav>Home</nav><p>Kept.</p><div class="ad-slot">Advertisement: buy now</div>
      <aside>Related</aside><figure><img alt=""><figcaption>Photo</figcaption></figure><script>var x = 1</script>
      <p>Also <span aria-hidden="true">icon</span>kept.</p><ins class="adsbygoogle">ad</ins><div id="ad3">ad</div>
      <p data-factdesk-ignore>Ignored.</p><p hidden>Hidden.</p><div class="promo ad">ad</div><p>Last.</p></article>`),
    ).toBe("Kept.\nAlso kept.\nLast.");
  });

  it("reads <br> as a space and every line of <pre> as a line", () => {
    expect(textOf(`<main><p>a<br>b</p><pre>x\ny</pre></main>`)).toBe("a b\nx\ny");
  });

  it("keeps text node offsets: each piece is its node's text, line breaks turned into spaces one for one", () => {
    const doc = page(`<article><p>Line one\r\nline two</p></article>`);
    const [piece] = collectTextPieces(findArticleRoot(doc));
    expect(piece.text).toBe("Line one  line two");
    expect(piece.text.length).toBe(piece.node!.data.length);
  });

  it("asks the caller about CSS-hidden elements", () => {
    const doc = page(`<article><p>Shown.</p><p class="sr">Not shown.</p></article>`);
    const pieces = collectTextPieces(findArticleRoot(doc), { isHidden: (el) => el.getAttribute("class") === "sr" });
    expect(pieces.map((p) => p.text).join("")).toBe("Shown.\n");
  });

  it("prefers the publisher's marked root, then <article>, then <main>, then <body>", () => {
    expect(
      findArticleRoot(page(`<main><article><div data-factdesk-root>x</div></article></main>`)).hasAttribute(
        "data-factdesk-root",
      ),
    ).toBe(true);
    expect(findArticleRoot(page(`<main><article>x</article></main>`)).localName).toBe("article");
    expect(findArticleRoot(page(`<main>x</main>`)).localName).toBe("main");
    expect(findArticleRoot(page(`<div>x</div>`)).localName).toBe("body");
  });
});

describe("isAdvertisement", () => {
  const el = (attrs: string) => page(`<div ${attrs}>x</div>`).querySelector("div")!;
  it.each([
    [`class="ad-slot"`, true],
    [`class="ad"`, true],
    [`class="top-ad"`, true],
    [`class="ads_wrapper"`, true],
    [`class="advertisement"`, true],
    [`class="sponsored-box"`, true],
    [`id="ad-1"`, true],
    [`id="ad"`, true],
    [`id="ads"`, true],
    // substring matching would drop these, and with them real paragraphs
    [`class="lead-paragraph"`, false],
    [`class="head-note"`, false],
    [`class="thread-reply"`, false],
    [`class="shadow-card"`, false],
    [`id="address"`, false],
    [`id="adoption-story"`, false],
    [`class="badge"`, false],
  ])("%s → %s", (attrs, expected) => {
    expect(isAdvertisement(el(attrs))).toBe(expected);
  });
});
