// The layers of the code base and which may import which. eslint.config.mjs applies them to every production file;
// test/lint/boundaries.test.ts shows each forbidden import failing and an allowed one passing.

// Elements are folders (the first match wins, so the specific ones come first); single files get a category.
export const layerElements = [
  { type: "test", pattern: ["test", "e2e"], partialMatch: false },
  { type: "tooling", pattern: ["scripts", "bench", "prisma"], partialMatch: false },
  { type: "app", pattern: "app", partialMatch: false },
  { type: "ui", pattern: "components/ui", partialMatch: false },
  { type: "component", pattern: "components/*", partialMatch: false },
  { type: "browser", pattern: ["embed", "reader"], partialMatch: false },
  // pure libraries: run in Node and in the browser, no I/O
  {
    type: "lib-pure",
    pattern: ["lib/anchoring", "lib/export", "lib/vocabulary", "lib/validation", "lib/text", "lib/i18n"],
    partialMatch: false,
  },
  { type: "lib-database", pattern: "lib/generated", partialMatch: false },
  { type: "lib-core", pattern: "lib/http", partialMatch: false },
  { type: "lib-domain", pattern: "lib/*", partialMatch: false },
  // lib/*.ts: errors, env, db, db-client, run-action, database-health, class-names
  { type: "lib-root", pattern: "lib", partialMatch: false },
];
export const fileCategories = [
  { category: "database", pattern: ["lib/db.ts", "lib/db-client.ts", "lib/db-replica.ts"] },
  { category: "errors", pattern: "lib/errors.ts" },
  // escape-by-default HTML building: pure string functions that the pure libraries may use too
  { category: "html", pattern: "lib/http/html.ts" },
];

const to = (...types) => ({ element: { types: { anyOf: types } } });
const production = [
  "app",
  "ui",
  "component",
  "browser",
  "lib-pure",
  "lib-database",
  "lib-core",
  "lib-domain",
  "lib-root",
];
const lib = ["lib-pure", "lib-database", "lib-core", "lib-domain", "lib-root"];
const rule = (from, target, message) => ({ from: to(...from), disallow: { to: target }, message });
// Modules that do I/O or need a server: never in the pure libraries or the browser bundles.
const serverPackages = [
  "pg",
  "pg-*",
  "prisma",
  "@prisma/*",
  "next",
  "next-auth",
  "server-only",
  "@electric-sql/*",
  "@node-rs/*",
];

/** Policies for production files (tests and tooling are not checked: they may import anything). */
export const layerPolicies = [
  rule(
    production,
    to("test", "tooling"),
    "production code never imports test support or tooling (test/, e2e/, scripts/, bench/)",
  ),
  rule(
    ["ui", "component", "browser", ...lib],
    to("app"),
    "only app/ imports app/: move the shared code into lib/ or components/",
  ),
  rule(["browser", ...lib], to("ui", "component"), "lib/ and the browser bundles never import components/"),
  rule(
    ["app", "ui", "component", "browser", "lib-pure"],
    [{ file: { categories: "database" } }, to("lib-database")],
    "only server-only lib/ modules (data.ts, mutations.ts) reach the database",
  ),
  rule(["ui"], to("component", "lib-domain", "lib-pure"), "components/ui is domain-free: pass domain data in as props"),
  rule(
    ["lib-root", "lib-core", "lib-database"],
    to("lib-domain"),
    "lib core (errors, env, db, http) never imports a domain",
  ),
  rule(
    ["lib-pure"],
    to("lib-domain", "lib-core", "lib-root", "lib-database"),
    "lib/anchoring, lib/export, lib/vocabulary, lib/validation and lib/text are pure: no domain, database or server module",
  ),
  { from: to("lib-pure"), allow: { to: { file: { categories: "errors" } } } },
  { from: to("lib-pure"), allow: { to: { file: { categories: "html" } } } },
  rule(
    ["lib-pure", "browser"],
    { module: { origin: "core" } },
    "the pure libraries (lib/anchoring, lib/export, lib/vocabulary, lib/validation, lib/text) and the browser bundles do no I/O: no Node built-in modules",
  ),
  rule(
    ["lib-pure", "browser"],
    { module: { origin: "external", source: serverPackages } },
    "the pure libraries (lib/anchoring, lib/export, lib/vocabulary, lib/validation, lib/text) and the browser bundles do no I/O: no database, Prisma or Next.js server module",
  ),
];

/**
 * The one PrismaClient (`@/lib/db`) may only be imported by a module that starts with `import "server-only"`, so a
 * client component can never pull the database into the browser bundle.
 * @type {import("eslint").Rule.RuleModule}
 */
export const serverOnlyDatabase = {
  meta: {
    type: "problem",
    messages: { missing: 'a module importing "@/lib/db" or "@/lib/db-replica" must first `import "server-only"`' },
  },
  create(context) {
    let serverOnly = false;
    const databaseImports = [];
    return {
      ImportDeclaration(node) {
        if (node.source.value === "server-only") serverOnly = true;
        if (
          (node.source.value === "@/lib/db" || node.source.value === "@/lib/db-replica") &&
          node.importKind !== "type"
        )
          databaseImports.push(node);
      },
      "Program:exit"() {
        if (!serverOnly) for (const node of databaseImports) context.report({ node, messageId: "missing" });
      },
    };
  },
};
