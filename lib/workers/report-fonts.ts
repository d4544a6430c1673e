import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { create, type Font, type Glyph } from "fontkit";
import type { ReportFonts } from "@/lib/export/pdf";

// The fonts the PDF report embeds, read and opened once per thread (every PDF then reuses the parsed tables and the
// shaping engine) from the npm package that ships them (@fontsource/amiri, SIL Open Font License 1.1:
// docs/languages.md). The WOFF files are unpacked to plain TrueType first: fontkit inflates a WOFF table (in
// JavaScript) every time it reads from it, once per glyph drawn, which made a two-claim Arabic PDF take ten seconds.

const require = createRequire(import.meta.url);
const FILES = "@fontsource/amiri/files/amiri-arabic";

let fonts: ReportFonts | undefined;

export function loadReportFonts(): ReportFonts {
  fonts ??= {
    arabic: {
      regular: openFont(`${FILES}-400-normal.woff`),
      bold: openFont(`${FILES}-700-normal.woff`),
    },
  };
  return fonts;
}

/** U+200D ZERO WIDTH JOINER: what a piece of a joined form stands for when it stands for no letter. */
const JOINER = 0x200d;

function openFont(file: string): Font {
  const font = create(unpackWoff(readFileSync(require.resolve(file))));
  const layout = font.layout.bind(font);
  // Amiri's required ligatures add glyphs of their own to some words ("لكن" gets a piece between kaf and lam) that
  // stand for no character. pdfkit writes such a glyph's ToUnicode entry empty and pdf.js then reads a stray letter
  // for it ("لYكن"); mapped to the invisible joiner, the word copies and searches as written.
  font.layout = (text, ...rest) => {
    const run = layout(text, ...rest);
    // a copy: fontkit shares glyph objects between layouts, and hides a glyph whose character is a joiner
    run.glyphs = run.glyphs.map((glyph) =>
      glyph.codePoints.length > 0 ? glyph : Object.assign(Object.create(glyph) as Glyph, { codePoints: [JOINER] }),
    );
    return run;
  };
  return font;
}

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** The TrueType/OpenType font inside a WOFF 1.0 file (W3C WOFF, section 5): its tables inflated, in the same order. */
export function unpackWoff(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("not a WOFF file");
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((d) => woff.readUInt32BE(at + d));
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error("WOFF table length mismatch");
    return { tag, checksum, data };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((sum, t) => sum + padded(t.data.length), SFNT_HEADER + SFNT_ENTRY * numTables);
  const sfnt = Buffer.alloc(size);
  const log2 = Math.floor(Math.log2(numTables));
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: 0x00010000 for TrueType outlines
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(2 ** log2 * 16, 6);
  sfnt.writeUInt16BE(log2, 8);
  sfnt.writeUInt16BE(numTables * 16 - 2 ** log2 * 16, 10);
  let offset = SFNT_HEADER + SFNT_ENTRY * numTables;
  tables.forEach((table, i) => {
    const entry = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
