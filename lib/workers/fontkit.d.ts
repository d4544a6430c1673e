// The part of fontkit (pdfkit's font engine, which ships no types) that lib/workers/report-fonts.ts uses.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    codePoints: number[];
  }
  export interface GlyphRun {
    glyphs: Glyph[];
  }
  export interface Font {
    layout(text: string, ...rest: unknown[]): GlyphRun;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
