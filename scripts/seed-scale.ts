// npm run seed:scale [-- --slug scale --articles 10000 --claims-per-article 20]
// Seeds one organization at list scale (scripts/seed-scale/seed.ts) into DATABASE_URL (or the embedded database) and
// prints what it made. Running it again leaves a complete organization alone. Exit codes: 0 done, 2 usage.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db-client";
import { seedScale } from "./seed-scale/seed";
import { issueEnglish } from "@/lib/validation/issue-text";

const USAGE = "Usage: npm run seed:scale -- [--slug scale] [--articles 10000] [--claims-per-article 20]";
const count = (max: number) => z.coerce.number().int().min(1).max(max);
const optionsSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, "lowercase letters, digits and dashes")
    .default("scale"),
  articles: count(1_000_000).default(10_000),
  "claims-per-article": count(999).default(20),
});

let options: z.infer<typeof optionsSchema>;
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { slug: { type: "string" }, articles: { type: "string" }, "claims-per-article": { type: "string" } },
  });
  options = optionsSchema.parse(values);
} catch (e) {
  const message =
    e instanceof z.ZodError ? `--${e.issues[0].path.join(".")}: ${issueEnglish(e.issues[0])}` : (e as Error).message;
  console.error(`[seed:scale] ${message}\n${USAGE}`);
  process.exit(2);
}

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
try {
  const result = await seedScale(db, {
    slug: options.slug,
    articles: options.articles,
    claimsPerArticle: options["claims-per-article"],
    log: (line) => console.log(`[seed:scale] ${line}`),
  });
  console.log(
    `[seed:scale] ${result.created ? "Made" : "Already there, left as it was:"} organization "${options.slug}" (${result.orgId}): ` +
      `${result.articles.toLocaleString("en-GB")} articles (${result.published.toLocaleString("en-GB")} published), ` +
      `${result.claims.toLocaleString("en-GB")} claims, ${result.verdicts.toLocaleString("en-GB")} generated verdicts, ` +
      `in ${result.seconds.toFixed(1)} s. Sign in as admin@${options.slug}.example with the demo password.`,
  );
} finally {
  await db.$disconnect();
}
