import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReaderAssets } from "./reader-document";

// scripts/build-embed.mjs writes public/reader/assets.json: the page's script and stylesheet with a content hash
// in the query string, so a new build is never served from a stale browser cache.
let cached: ReaderAssets | undefined;

export function readerAssets(): ReaderAssets {
  cached ??= (() => {
    try {
      return JSON.parse(readFileSync(path.join(process.cwd(), "public", "reader", "assets.json"), "utf8"));
    } catch {
      return { script: "/reader/reader.js", stylesheet: "/reader/reader.css" };
    }
  })();
  return cached!;
}
