import next from "eslint-config-next";
import boundaries from "eslint-plugin-boundaries";
import { fileCategories, layerElements, layerPolicies, serverOnlyDatabase } from "./scripts/lint/boundaries.mjs";
import { logicalDirection, noHardCodedText, TRANSLATED_FILES } from "./scripts/lint/interface-text.mjs";

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
      "next-env.d.ts",
      "public/embed/**",
      "**/*.d.mts",
    ],
  },
  ...next,
  // The architecture, enforced (docs/architecture.md, "Boundaries"): app → components → lib domains → lib core;
  // components/ui imports no domain; lib/anchoring and lib/export do no I/O; only server-only modules import lib/db;
  // production code never imports app/ (outside app/) or test/. Tests and tooling may import anything.
  {
    files: ["app/**", "components/**", "lib/**", "embed/**", "reader/**", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { boundaries, factdesk: { rules: { "server-only-database": serverOnlyDatabase } } },
    settings: {
      "boundaries/elements": layerElements,
      "boundaries/files": fileCategories,
      "import/resolver": { typescript: { alwaysTryTypes: true }, node: true },
    },
    rules: {
      "boundaries/dependencies": [2, { default: "allow", checkAllOrigins: true, policies: layerPolicies }],
      "factdesk/server-only-database": 2,
    },
  },
  // The interface speaks through the message catalogue and mirrors in Arabic (scripts/lint/interface-text.mjs)
  {
    files: TRANSLATED_FILES,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: {
      "factdesk-text": { rules: { "no-hard-coded-text": noHardCodedText, "logical-direction": logicalDirection } },
    },
    rules: { "factdesk-text/no-hard-coded-text": 2, "factdesk-text/logical-direction": 2 },
  },
];
export default config;
