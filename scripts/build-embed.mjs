#!/usr/bin/env node
// Usage: node scripts/build-embed.mjs
// Bundles the publisher embed (embed/factdesk-embed.ts and the lib/ modules it imports) into
// public/embed/factdesk.js: one minified IIFE for browsers back to ES2019, served by Next as a static file.
// Must run before `next build`: the bundle is a build artifact, not a source file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
export const EMBED_OUTPUT = path.join(root, "public", "embed", "factdesk.js");
/** What a publisher's reader downloads, compressed. */
export const EMBED_BUDGET_GZIP_BYTES = 15 * 1024;

/** The minified bundle as a string (nothing written). */
export async function bundleEmbed() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["embed/factdesk-embed.ts"],
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

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await bundleEmbed();
  mkdirSync(path.dirname(EMBED_OUTPUT), { recursive: true });
  writeFileSync(EMBED_OUTPUT, code);
  const gz = gzipSize(code);
  console.log(`embed: ${path.relative(root, EMBED_OUTPUT)} ${(code.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip (budget ${EMBED_BUDGET_GZIP_BYTES / 1024} KB)`);
  if (gz > EMBED_BUDGET_GZIP_BYTES) {
    console.error("embed: over the size budget");
    process.exit(1);
  }
}
