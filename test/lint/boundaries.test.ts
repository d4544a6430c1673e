import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The real eslint.config.mjs over small in-memory modules placed (by file path) in each layer. Imports resolve
// against the real tree, so every target below is a module that exists.
const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = 1;\n`, { filePath: `${root}/${filePath}` });
  return result.messages
    .filter((m) => m.ruleId === "boundaries/dependencies" || m.ruleId === "factdesk/server-only-database")
    .map((m) => m.message);
}

const forbidden: Array<[string, string, string, RegExp]> = [
  [
    "a component imports the database",
    "components/annotator/x.tsx",
    'import { db } from "@/lib/db";',
    /reach the database/,
  ],
  ["a page imports the database", "app/(desk)/x/page.tsx", 'import { db } from "@/lib/db";', /reach the database/],
  [
    "a component imports generated Prisma",
    "components/members/x.tsx",
    'import { Role } from "@/lib/generated/prisma/client";',
    /reach the database/,
  ],
  [
    "components/ui imports a domain",
    "components/ui/x.tsx",
    'import { claimSchema } from "@/lib/claims/schema";',
    /domain-free/,
  ],
  [
    "components/ui imports a domain component",
    "components/ui/x.tsx",
    'import { VerdictBadge } from "@/components/annotator/badges";',
    /domain-free/,
  ],
  ["lib/anchoring reads a file", "lib/anchoring/x.ts", 'import { readFileSync } from "node:fs";', /no Node built-in/],
  ["lib/anchoring opens a socket", "lib/anchoring/x.ts", 'import net from "node:net";', /no Node built-in/],
  ["lib/export starts an HTTP server", "lib/export/x.ts", 'import http from "node:http";', /no Node built-in/],
  ["lib/export talks to PostgreSQL", "lib/export/x.ts", 'import pg from "pg";', /no database, Prisma or Next/],
  [
    "lib/export imports Prisma",
    "lib/export/x.ts",
    'import { PrismaPg } from "@prisma/adapter-pg";',
    /no database, Prisma or Next/,
  ],
  [
    "lib/export imports next/*",
    "lib/export/x.ts",
    'import { NextResponse } from "next/server";',
    /no database, Prisma or Next/,
  ],
  [
    "lib/anchoring imports the database",
    "lib/anchoring/x.ts",
    'import { db } from "@/lib/db";',
    /reach the database|pure/,
  ],
  ["lib/export imports a domain", "lib/export/x.ts", 'import { loadArticle } from "@/lib/articles/data";', /pure/],
  ["lib imports app", "lib/claims/x.ts", 'import { GET } from "@/app/api/exports/route";', /only app\/ imports app\//],
  [
    "a component imports app",
    "components/annotator/x.tsx",
    'import { GET } from "@/app/api/exports/route";',
    /only app\/ imports app\//,
  ],
  [
    "lib imports test support",
    "lib/claims/x.ts",
    'import { sampleReport } from "@/test/fixtures/sample-report";',
    /never imports test support/,
  ],
  [
    "a page imports test support",
    "app/(desk)/x/page.tsx",
    'import { sampleReport } from "@/test/fixtures/sample-report";',
    /never imports test support/,
  ],
  [
    "a component imports test support",
    "components/annotator/x.tsx",
    'import { sampleReport } from "@/test/fixtures/sample-report";',
    /never imports test support/,
  ],
  [
    "lib imports a component",
    "lib/claims/x.ts",
    'import { Button } from "@/components/ui/button";',
    /never import components/,
  ],
  ["lib core imports a domain", "lib/http/x.ts", 'import { claimSchema } from "@/lib/claims/schema";', /lib core/],
  ["the browser embed imports the database", "embed/x.ts", 'import { db } from "@/lib/db";', /reach the database/],
  [
    "a lib module imports the database without server-only",
    "lib/claims/x.ts",
    'import { db } from "@/lib/db";',
    /must first `import "server-only"`/,
  ],
];

const allowed: Array<[string, string, string]> = [
  [
    "a page imports components and lib",
    "app/(desk)/x/page.tsx",
    'import { Button } from "@/components/ui/button";\nimport { claimSchema } from "@/lib/claims/schema";',
  ],
  [
    "a component imports ui and a domain",
    "components/annotator/x.tsx",
    'import { Button } from "@/components/ui/button";\nimport { claimSchema } from "@/lib/claims/schema";',
  ],
  [
    "components/ui imports React and Radix",
    "components/ui/x.tsx",
    'import { useState } from "react";\nimport { Dialog } from "radix-ui";',
  ],
  [
    "a server-only domain module imports the database",
    "lib/claims/x.ts",
    'import "server-only";\nimport { db } from "@/lib/db";',
  ],
  [
    "lib/export imports lib/anchoring and the typed error",
    "lib/export/x.ts",
    'import { describeRange } from "@/lib/anchoring/selectors";\nimport { AppError } from "@/lib/errors";',
  ],
  ["a domain imports another domain", "lib/claims/x.ts", 'import { loadArticle } from "@/lib/articles/data";'],
  [
    "a test imports test support and the database",
    "lib/claims/x.int.test.ts",
    'import { sampleReport } from "@/test/fixtures/sample-report";\nimport { db } from "@/lib/db";',
  ],
];

describe("architecture boundaries (eslint.config.mjs)", () => {
  // the first lint loads the config, the TypeScript resolver and the parser: seconds on a busy 2-core machine
  beforeAll(() => layerErrors("lib/claims/warm-up.ts", ""), 60_000);

  it.each(forbidden)("fails when %s", async (_name, file, source, message) => {
    const errors = await layerErrors(file, source);
    expect(errors.length, `no boundary error for ${file}: ${source}`).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(message);
  });

  it.each(allowed)("passes when %s", async (_name, file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
