import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { build } from "esbuild";
import type { HighlightItem } from "./highlighter";

// The DOM adapter (lib/highlight) and the anchoring library in real Chromium, without the app: the modules are
// bundled with esbuild into a global `DomAdapter`, and an article is rendered by hand following the block
// contract (data-block-start per paragraph, an <em> inside one, a blank line between two).
//   npx playwright test e2e/dom-adapter.spec.ts --config e2e/dom.config.ts

type Span = { start: number; end: number };

const REPO = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = `
export { rangeToOffsets, offsetsToRange } from "./lib/highlight/text-offsets";
export { highlightRanges, clearHighlights, claimIdsOf, marksOfClaim } from "./e2e/highlighter";
export { describeRange, anchorSelectors } from "./lib/anchoring/anchor";
`;
const TEXT = [
  "The council approved the budget on Monday.",
  "Bus fares will rise by 4.5 percent in March, the authority said.",
  "",
  "Fans cheered 🎉👍🏽 as the 👨‍👩‍👧 family won.",
  "وقال المتحدث إن الأسعار ارتفعت.",
].join("\n");

const spanOf = (phrase: string): Span => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });

let adapter = "";

test.beforeAll(async () => {
  const { outputFiles } = await build({
    stdin: { contents: ENTRY, resolveDir: REPO, loader: "ts", sourcefile: "dom-adapter-entry.ts" },
    bundle: true,
    format: "iife",
    globalName: "DomAdapter",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  adapter = outputFiles[0].text;
});

test.beforeEach(async ({ page }) => {
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="font: 20px/1.6 sans-serif"><main id="article"></main><p id="outside">Elsewhere.</p></body>`,
  );
  await page.addScriptTag({ content: adapter });
  await page.evaluate((text) => {
    const root = document.getElementById("article")!;
    let offset = 0;
    for (const line of text.split("\n")) {
      if (line) {
        const block = document.createElement("p");
        block.dataset.blockStart = String(offset);
        block.append(line);
        root.append(block);
      }
      offset += line.length + 1;
    }
    const first = root.querySelector("p")!.firstChild as Text; // "The council <em>approved</em> the budget..."
    const word = first.splitText(first.data.indexOf("approved"));
    word.splitText("approved".length);
    const em = document.createElement("em");
    word.replaceWith(em);
    em.append(word);
  }, TEXT);
});

/** Selects canonical [start, end) with the Selection API, then converts the selection back to offsets. */
async function selectAndConvert(page: Page, span: Span): Promise<Span | null> {
  return page.evaluate(({ start, end }) => {
    const root = document.getElementById("article")!;
    const range = DomAdapter.offsetsToRange(root, start, end)!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return DomAdapter.rangeToOffsets(root, selection.getRangeAt(0));
  }, span);
}

test.describe("DOM adapter @dom", () => {
  test("a selection made with the Selection API converts to offsets that anchoring agrees with", async ({ page }) => {
    const result = await page.evaluate((text) => {
      const root = document.getElementById("article")!;
      const node = [...root.querySelectorAll("p")][1].firstChild as Text;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf("4.5"));
      range.setEnd(node, node.data.indexOf(" in March"));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      const offsets = DomAdapter.rangeToOffsets(root, document.getSelection()!.getRangeAt(0))!;
      const anchored = DomAdapter.anchorSelectors(text, DomAdapter.describeRange(text, offsets.start, offsets.end));
      return { offsets, selected: document.getSelection()!.toString(), anchored };
    }, TEXT);
    expect(result.offsets).toEqual(spanOf("4.5 percent"));
    expect(result.selected).toBe("4.5 percent");
    expect(result.anchored).toEqual({ status: "anchored", ...spanOf("4.5 percent"), score: 1 });
  });

  test("a mouse drag across an <em> converts to the dragged words", async ({ page }) => {
    const [from, to] = await page.evaluate(() => {
      const root = document.getElementById("article")!;
      const rectOf = (node: Text, index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return { left, right, y: (top + bottom) / 2 };
      };
      const first = root.querySelector("p")!.firstChild as Text; // "The council "
      const last = root.querySelector("em")!.nextSibling as Text; // " the budget on Monday."
      const start = rectOf(first, first.data.indexOf("council"));
      const end = rectOf(last, last.data.indexOf("budget") + "budget".length - 1);
      return [
        { x: start.left + 1, y: start.y },
        { x: end.right - 1, y: end.y },
      ];
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const offsets = await page.evaluate(() =>
      DomAdapter.rangeToOffsets(document.getElementById("article")!, document.getSelection()!.getRangeAt(0)),
    );
    expect(offsets).toEqual(spanOf("council approved the budget"));
  });

  test("a selection across blocks includes the line breaks between them", async ({ page }) => {
    const span = { start: TEXT.indexOf("authority said."), end: TEXT.indexOf(" as the") };
    expect(await selectAndConvert(page, span)).toEqual(span);
    expect(TEXT.slice(span.start, span.end)).toBe("authority said.\n\nFans cheered 🎉👍🏽");
  });

  test("endpoints on element boundaries are clamped to the nearest block text", async ({ page }) => {
    const spans = await page.evaluate(() => {
      const root = document.getElementById("article")!;
      const blocks = [...root.querySelectorAll("p")];
      const convert = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => {
        const range = document.createRange();
        range.setStart(startNode, startOffset);
        range.setEnd(endNode, endOffset);
        return DomAdapter.rangeToOffsets(root, range);
      };
      const outside = document.getElementById("outside")!;
      return {
        wholeRoot: convert(root, 0, root, root.childNodes.length),
        wholeBlock: convert(blocks[1], 0, blocks[1], blocks[1].childNodes.length),
        betweenBlocks: convert(root, 2, blocks[2].firstChild!, 4),
        intoOutside: convert(blocks[3].firstChild!, 0, outside.firstChild!, 3),
        outsideOnly: convert(outside.firstChild!, 0, outside.firstChild!, 5),
        collapsed: convert(blocks[0].firstChild!, 2, blocks[0].firstChild!, 2),
      };
    });
    expect(spans.wholeRoot).toEqual({ start: 0, end: TEXT.length });
    expect(spans.wholeBlock).toEqual(spanOf("Bus fares will rise by 4.5 percent in March, the authority said."));
    expect(spans.betweenBlocks).toEqual({ start: TEXT.indexOf("Fans"), end: TEXT.indexOf("Fans") + 4 });
    expect(spans.intoOutside).toEqual({ start: TEXT.indexOf("وقال"), end: TEXT.length });
    expect(spans.outsideOnly).toBeNull();
    expect(spans.collapsed).toBeNull();
  });

  test("offsets to range to highlight wraps exactly the claim's text, including overlaps and nesting", async ({
    page,
  }) => {
    const items: HighlightItem[] = [
      {
        id: "sentence",
        ...spanOf("Bus fares will rise by 4.5 percent in March, the authority said."),
        className: "claim",
      },
      { id: "figure", ...spanOf("4.5 percent"), className: "claim claim--inner", attrs: { title: "figure" } },
      { id: "overlap", ...spanOf("percent in March, the"), attrs: { "data-kind": "overlap", onclick: "alert(1)" } },
      { id: "across", ...spanOf("on Monday.\nBus fares"), className: "claim" },
    ];
    const result = await page.evaluate((items) => {
      const root = document.getElementById("article")!;
      const before = root.textContent;
      const ranges = items.map((item) => DomAdapter.offsetsToRange(root, item.start, item.end)!.toString());
      DomAdapter.highlightRanges(root, items);
      const marks = [...root.querySelectorAll("mark")];
      return {
        ranges,
        textUnchanged: root.textContent === before,
        byClaim: Object.fromEntries(
          items.map((item) => [item.id, DomAdapter.marksOfClaim(root, item.id).map((m) => m.textContent)]),
        ),
        figureMark: marks
          .filter((m) => m.textContent === "4.5 ")
          .map((m) => ({
            ids: DomAdapter.claimIdsOf(m),
            innermost: m.dataset.claimId,
            className: m.className,
            title: m.title,
          }))[0],
        hasHandler: marks.some((m) => m.hasAttribute("onclick")),
        nested: root.querySelectorAll("mark mark").length,
        reselected: DomAdapter.rangeToOffsets(root, DomAdapter.offsetsToRange(root, items[1].start, items[1].end)!),
      };
    }, items);
    expect(result.ranges).toEqual([
      "Bus fares will rise by 4.5 percent in March, the authority said.",
      "4.5 percent",
      "percent in March, the",
      "on Monday.Bus fares",
    ]);
    expect(result.textUnchanged).toBe(true);
    expect(result.byClaim.sentence.join("")).toBe("Bus fares will rise by 4.5 percent in March, the authority said.");
    expect(result.byClaim.figure).toEqual(["4.5 ", "percent"]);
    expect(result.byClaim.overlap.join("")).toBe("percent in March, the");
    expect(result.byClaim.across).toEqual(["on Monday.", "Bus fares"]);
    expect(result.figureMark).toEqual({
      ids: ["sentence", "figure"],
      innermost: "figure",
      className: "claim claim--inner",
      title: "figure",
    });
    expect(result.hasHandler).toBe(false);
    expect(result.nested).toBe(0);
    expect(result.reselected).toEqual(spanOf("4.5 percent"));
  });

  test("clearHighlights restores the original text nodes", async ({ page }) => {
    const result = await page.evaluate(() => {
      const root = document.getElementById("article")!;
      const snapshot = () =>
        [...root.querySelectorAll("p")].map((p) => [...p.childNodes].map((n) => `${n.nodeName}:${n.textContent}`));
      const before = snapshot();
      DomAdapter.highlightRanges(root, [
        { id: "a", start: 4, end: 30 },
        { id: "b", start: 20, end: 60 },
      ]);
      const during = root.querySelectorAll("mark").length;
      DomAdapter.clearHighlights(root);
      return { before, after: snapshot(), during };
    });
    expect(result.during).toBeGreaterThan(2);
    expect(result.after).toEqual(result.before);
  });

  test("emoji (surrogate pairs, ZWJ sequences) and right-to-left text keep exact offsets", async ({ page }) => {
    for (const phrase of ["🎉👍🏽", "👨‍👩‍👧 family", "الأسعار ارتفعت"]) {
      expect(await selectAndConvert(page, spanOf(phrase))).toEqual(spanOf(phrase));
    }
    const marked = await page.evaluate(
      (items) => {
        const root = document.getElementById("article")!;
        DomAdapter.highlightRanges(root, items);
        return items.map((item) =>
          DomAdapter.marksOfClaim(root, item.id)
            .map((m) => m.textContent)
            .join(""),
        );
      },
      [
        { id: "emoji", ...spanOf("🎉👍🏽 as the 👨‍👩‍👧") },
        { id: "rtl", ...spanOf("المتحدث") },
      ],
    );
    expect(marked).toEqual(["🎉👍🏽 as the 👨‍👩‍👧", "المتحدث"]);
  });
});

declare global {
  const DomAdapter: typeof import("../lib/highlight/text-offsets") &
    typeof import("./highlighter") &
    typeof import("../lib/anchoring/anchor");
}
