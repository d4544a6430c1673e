import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/anchor";
import { normalizeText } from "@/lib/anchoring/normalize";
import { readSeedArticle, SEED_CLAIMS } from "@/lib/seed/seed-article";
import { collectTextPieces, findArticleRoot } from "./collect-text";
import { placeClaims, planHighlights } from "./place-claims";
import { mapNormalizedText } from "./text-map";

// The seed article as the desk stored it, and its published claims as the public endpoint sends them.
const [headline, ...body] = readSeedArticle().split("\n");
const canonical = normalizeText(body.join("\n"));
const claims = SEED_CLAIMS.filter((c) => c.state === "PUBLISHED").map((c, i) => {
  const start = canonical.indexOf(c.quote);
  const [quote] = describeRange(canonical, start, start + c.quote.length);
  return {
    id: `c${i}`,
    quote: c.quote,
    prefix: quote.type === "TextQuoteSelector" ? quote.prefix : "",
    suffix: quote.type === "TextQuoteSelector" ? quote.suffix : "",
    start,
    end: start + c.quote.length,
  };
});
const ALLIANCE = "The alliance, formed in 1949 in Washington, has a collective defence clause";

// The same article as a publisher's CMS renders it: other tags, wrappers, subheadings, ads between paragraphs.
function publisherPage(edit: (paragraph: string) => string = (p) => p): Document {
  const paragraphs = body
    .filter((line) => line.trim())
    .map((line, i) => {
      const text = edit(line).replace(/&/g, "&amp;").replace(/</g, "&lt;");
      if (line.length < 40) return `<h2>${text}</h2>`;
      const markup =
        i % 3 === 0
          ? `<div class="para"><span>${text}</span></div>`
          : i % 3 === 1
            ? `<section><p>${text}</p></section>`
            : `<p>${text}</p>`;
      return i % 4 === 0 ? `${markup}<div class="ad-slot">Advertisement: buy now</div>` : markup;
    });
  const html = `<header><nav>Home · World</nav></header><main><h1>${headline}</h1><p class="byline">By a Staff Writer</p>${paragraphs.join("\n")}<aside>Read more</aside></main>`;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

function placeOn(doc: Document) {
  const pieces = collectTextPieces(findArticleRoot(doc));
  const mapped = mapNormalizedText(pieces.map((p) => p.text));
  const placement = placeClaims(mapped, claims);
  const raw = pieces.map((p) => p.text).join("");
  return {
    pieces,
    mapped,
    placement,
    textOf: (id: string) => {
      const r = placement.placed.find((p) => p.id === id)!;
      return raw.slice(r.start, r.end);
    },
  };
}

describe("placeClaims on a publisher's page", () => {
  it("places every published claim on exactly its quote despite different markup, ads and a headline", () => {
    const { placement, textOf } = placeOn(publisherPage());
    expect(placement.unplaced).toEqual([]);
    for (const claim of claims) expect(textOf(claim.id)).toBe(claim.quote);
  });

  it("reports a claim whose sentence the publisher rewrote, and places the others", () => {
    const { placement, textOf } = placeOn(publisherPage((p) => p.replace(", formed in 1949 in Washington,", "")));
    const alliance = claims.find((c) => c.quote === ALLIANCE)!;
    expect(placement.unplaced).toEqual([{ id: alliance.id, status: "orphaned" }]);
    for (const claim of claims.filter((c) => c !== alliance)) expect(textOf(claim.id)).toBe(claim.quote);
  });

  it("flags a claim that appears twice with the same neighbours instead of guessing", () => {
    const doc = parseHTML(
      `<html><body><p>He said: "We have to protect them." Then.</p><p>He said: "We have to protect them." Then.</p></body></html>`,
    ).document as unknown as Document;
    const pieces = collectTextPieces(findArticleRoot(doc));
    const mapped = mapNormalizedText(pieces.map((p) => p.text));
    const placement = placeClaims(mapped, [
      { id: "x", quote: "We have to protect them.", prefix: 'He said: "', suffix: '" Then.', start: 500, end: 524 },
    ]);
    expect(placement.placed).toEqual([]);
    expect(placement.unplaced[0].id).toBe("x");
  });
});

describe("planHighlights", () => {
  it("cuts only the text nodes a claim touches, at the claim's edges", () => {
    const { pieces, mapped, placement } = placeOn(publisherPage());
    const plans = planHighlights(pieces, mapped.pieceStarts, placement.placed);
    expect(plans).toHaveLength(claims.length); // each quote lies inside one text node of this page
    for (const plan of plans) {
      const marked = plan.segments.filter((s) => s.ids.length);
      expect(marked).toHaveLength(1);
      expect(claims.find((c) => c.id === marked[0].ids[0])!.quote).toBe(marked[0].text);
      expect(plan.segments.map((s) => s.text).join("")).toBe(pieces[plan.piece].text);
    }
  });

  it("splits a claim across inline elements and flattens overlapping claims", () => {
    const pieces = [
      { node: {}, text: "We have " },
      { node: {}, text: "to protect" },
      { node: null, text: "\n" },
      { node: {}, text: " them." },
    ];
    const starts = [0, 8, 18, 19, 25];
    const plans = planHighlights(pieces, starts, [
      { id: "a", start: 3, end: 18 },
      { id: "b", start: 11, end: 24 },
    ]);
    expect(plans.map((p) => p.piece)).toEqual([0, 1, 3]);
    expect(plans[1].segments.map((s) => [s.text, s.ids])).toEqual([
      ["to ", ["a"]],
      ["protect", ["a", "b"]],
    ]);
    expect(plans[2].segments.map((s) => [s.text, s.ids])).toEqual([
      [" them", ["b"]],
      [".", []],
    ]);
  });
});
