import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

// A PDF's text line by line, as a reader would read it: pdf.js gives the drawn strings (with their positions and
// the direction it found in them); the strings on one baseline are put in reading order, right to left on a line
// that holds right-to-left text. Checks that a right-to-left line was laid out in the right order, and where.

// pdf.js wants its standard font metrics to lay out Helvetica; served from the package.
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

// In right-to-left text a bracket is drawn as its mirror image ("(" opening on the right is the glyph ")"), and the
// PDF says which glyph was drawn: brackets standing on their own in a right-to-left line are read back as typed.
const MIRRORS: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "«": "»", "»": "«" };
const MIRRORED_ONLY = /^[\s()[\]«»]+$/;
const unmirror = (str: string) => str.replace(/[()[\]«»]/g, (c) => MIRRORS[c]);

export type PdfItem = { str: string; x: number; right: number; y: number; rtl: boolean };
export type PdfPage = { lines: string[]; items: PdfItem[]; width: number };

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 })
    .promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const items = (await page.getTextContent()).items
      .filter((item): item is TextItem => "str" in item && item.str !== "")
      .map((item) => ({
        str: item.str,
        x: item.transform[4],
        right: item.transform[4] + item.width,
        y: Math.round(item.transform[5]),
        rtl: item.dir === "rtl",
      }));
    const byLine = new Map<number, PdfItem[]>();
    for (const item of items) byLine.set(item.y, [...(byLine.get(item.y) ?? []), item]);
    const lines = [...byLine.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, line]) => {
        const rtl = line.some((item) => item.rtl);
        line.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
        // strings apart from each other (a label and its value in two columns) are read with a space between
        const apart = (a: PdfItem, b: PdfItem) => (rtl ? a.x - b.right : b.x - a.right) > 2;
        return line
          .map((item) => (rtl && MIRRORED_ONLY.test(item.str) ? unmirror(item.str) : item.str))
          .map((str, i) => (i > 0 && apart(line[i - 1], line[i]) ? ` ${str}` : str))
          .join("")
          .replace(/\s+/g, " ")
          .trim();
      });
    pages.push({ lines, items, width: page.view[2] });
  }
  return pages;
}
