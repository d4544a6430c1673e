#!/usr/bin/env node
// Usage: node scripts/build-embed.mjs
// Bundles the browser code that ships without Next's runtime, served by Next as static files:
// - the publisher embed (embed/factdesk-embed.ts and the lib/ modules it imports) into public/embed/factdesk.js;
// - the public reader page's script and stylesheet (reader/) into public/reader/, with public/reader/assets.json
//   naming them with a content hash (lib/reader/document/assets.ts reads it).
// Each is one minified file for browsers back to ES2019. Must run before `next build`: build artifacts, not sources.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
export const EMBED_OUTPUT = path.join(root, "public", "embed", "factdesk.js");
/** What a publisher's reader downloads, compressed. */
export const EMBED_BUDGET_GZIP_BYTES = 15 * 1024;

export const READER_DIR = path.join(root, "public", "reader");
/** The reader page's own script and stylesheet, compressed (the page ships no framework runtime). */
export const READER_BUDGET_GZIP_BYTES = 100 * 1024;

/** A minified bundle of one entry point, as a string (nothing written). */
async function bundle(entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    minify: true,
    legalComments: "none",
    write: false,
    // "@/..." resolves through tsconfig.json's paths; the embed imports only pure lib/ modules
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

export const bundleEmbed = () => bundle("embed/factdesk-embed.ts");
export const bundleReaderScript = () => bundle("reader/factdesk-reader.ts");
export const bundleReaderStyles = () => bundle("reader/reader.css");

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await bundleEmbed();
  mkdirSync(path.dirname(EMBED_OUTPUT), { recursive: true });
  writeFileSync(EMBED_OUTPUT, code);
  const gz = gzipSize(code);
  console.log(
    `embed: ${path.relative(root, EMBED_OUTPUT)} ${(code.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip (budget ${EMBED_BUDGET_GZIP_BYTES / 1024} KB)`,
  );
  if (gz > EMBED_BUDGET_GZIP_BYTES) {
    console.error("embed: over the size budget");
    process.exit(1);
  }

  const [script, styles] = await Promise.all([bundleReaderScript(), bundleReaderStyles()]);
  mkdirSync(READER_DIR, { recursive: true });
  writeFileSync(path.join(READER_DIR, "reader.js"), script);
  writeFileSync(path.join(READER_DIR, "reader.css"), styles);
  const version = (text) => createHash("sha256").update(text).digest("hex").slice(0, 12);
  writeFileSync(
    path.join(READER_DIR, "assets.json"),
    JSON.stringify({
      script: `/reader/reader.js?v=${version(script)}`,
      stylesheet: `/reader/reader.css?v=${version(styles)}`,
    }),
  );
  const readerGz = gzipSize(script) + gzipSize(styles);
  console.log(
    `reader page: script ${(gzipSize(script) / 1024).toFixed(1)} KB + styles ${(gzipSize(styles) / 1024).toFixed(1)} KB gzip (budget ${READER_BUDGET_GZIP_BYTES / 1024} KB)`,
  );
  if (readerGz > READER_BUDGET_GZIP_BYTES) {
    console.error("reader page: over the size budget");
    process.exit(1);
  }
}
