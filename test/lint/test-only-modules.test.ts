import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findTestOnlyModules, readProjectSources } from "@/scripts/lint/test-only-modules.mjs";

describe("production modules only tests use", () => {
  it("finds none under lib/, app/ or components/", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    expect(findTestOnlyModules(readProjectSources(root))).toEqual([]);
  });

  it("reports a module used by tests alone, and what only it reaches", () => {
    const tree = new Map([
      ["app/(desk)/page.tsx", 'import { used } from "@/lib/used";'],
      ["lib/used.ts", 'import { helper } from "./helper";\nexport const used = helper;'],
      ["lib/helper.ts", "export const helper = 1;"],
      ["lib/harness.ts", 'import { deep } from "@/lib/deep";\nexport const harness = deep;'],
      ["lib/deep.ts", "export const deep = 1;"],
      ["lib/harness.test.ts", 'import { harness } from "./harness";'],
      ["test/support/world.ts", 'import { harness } from "@/lib/harness";'],
      ["components/orphan.tsx", "export const Orphan = () => null;"],
      ["scripts/tool.ts", 'import { tooled } from "../lib/tooled";'],
      ["lib/tooled.ts", "export const tooled = 1;"],
    ]);
    expect(findTestOnlyModules(tree)).toEqual(["components/orphan.tsx", "lib/deep.ts", "lib/harness.ts"]);
  });
});
