#!/usr/bin/env node
// Production modules (lib/, app/, components/) that nothing but tests uses: each must move to test/ or go.
// Roots are Next's entry files (pages, layouts, route handlers), proxy.ts, the browser bundles and the tooling
// (scripts/, bench/, prisma/); a module is used when a root reaches it through production imports only.
import fs from "node:fs";
import path from "node:path";

const TEST_FILE = /(^|\/)(test|e2e)\/|\.test\.tsx?$|\.spec\.ts$/;
const NEXT_ENTRY = /^app\/(.*\/)?(page|layout|route|loading|error|not-found|template|default|global-error)\.tsx?$/;
const PRODUCTION = /^(lib|app|components)\//;
const SOURCE = /(?<!\.d)\.(ts|tsx|mts|mjs|js)$/; // declaration files (.d.ts, .d.mts) are not modules of their own
// next.config.js names next-intl's request configuration by path (createNextIntlPlugin("./lib/…")): that is a use too
const SPECIFIER = /(?:\bfrom|\bimport|\bimport\(|\bcreateNextIntlPlugin\()\s*["']([^"']+)["']/g;

function resolveImport(files, from, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  for (const ext of ["", ".ts", ".tsx", ".mts", ".mjs", ".js"]) if (files.has(base + ext)) return base + ext;
  return null;
}

/** @param {Map<string, string>} sources project-relative path → file text */
export function findTestOnlyModules(sources) {
  const files = new Set(sources.keys());
  const imports = new Map();
  for (const [file, text] of sources) {
    const targets = [...text.matchAll(SPECIFIER)].map((m) => resolveImport(files, file, m[1])).filter(Boolean);
    imports.set(file, targets);
  }
  const isRoot = (f) => !TEST_FILE.test(f) && (NEXT_ENTRY.test(f) || !PRODUCTION.test(f));
  const reached = new Set([...files].filter(isRoot));
  const stack = [...reached];
  while (stack.length) {
    for (const target of imports.get(stack.pop()) ?? []) {
      if (reached.has(target) || TEST_FILE.test(target)) continue;
      reached.add(target);
      stack.push(target);
    }
  }
  return [...files]
    .filter((f) => PRODUCTION.test(f) && !TEST_FILE.test(f) && !reached.has(f) && !f.startsWith("lib/generated/"))
    .sort();
}

export function readProjectSources(root) {
  const sources = new Map();
  const skip = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report", "public/embed"]);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.has(entry.name) && !skip.has(rel)) walk(rel);
      } else if (SOURCE.test(entry.name)) sources.set(rel, fs.readFileSync(path.join(root, rel), "utf8"));
    }
  };
  walk("");
  return sources;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const unused = findTestOnlyModules(readProjectSources(process.cwd()));
  for (const file of unused) console.error(`only tests (or nothing) use ${file}: move it under test/ or delete it`);
  process.exit(unused.length ? 1 : 0);
}
