import { describe, expect, it } from "vitest";
import { bundleEmbed, EMBED_BUDGET_GZIP_BYTES, gzipSize } from "./build-embed.mjs";

describe("the publisher embed bundle", () => {
  it("is one self-contained script under its size budget", async () => {
    const code = await bundleEmbed();
    const gzip = gzipSize(code);
    console.log(`embed bundle: ${code.length} bytes, ${gzip} bytes gzip (budget ${EMBED_BUDGET_GZIP_BYTES})`);
    expect(gzip).toBeLessThan(EMBED_BUDGET_GZIP_BYTES);
    expect(code).toMatch(/^"use strict";\(\(\)=>\{[^]*\}\)\(\);\n?$/); // an IIFE: no globals, no module loader
    expect(code).not.toMatch(/\bimport\s*[({"']|\brequire\(/);
    // server code and the validator stay on the server
    expect(code).not.toMatch(/zod|server-only|PrismaClient|sanitize-html/i);
  }, 30_000);
});
