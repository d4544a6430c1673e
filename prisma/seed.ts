// `npm run db:seed` (always seeds) and first start (`--if-empty`: seeds only a database with no organization).
import "dotenv/config";
import { createPrismaClient } from "@/lib/db-client";
import { isDatabaseEmpty, seedDemoData } from "@/lib/seed/demo";

const onlyIfEmpty = process.argv.includes("--if-empty");
const db = createPrismaClient(process.env.DATABASE_URL ?? "");
try {
  if (onlyIfEmpty && !(await isDatabaseEmpty(db))) {
    console.error("[seed] database already has data; demo data not added");
  } else {
    const started = Date.now();
    const { articleId } = await seedDemoData(db);
    console.error(`[seed] demo data created in ${Date.now() - started} ms (article ${articleId})`);
  }
} catch (e) {
  console.error(`[seed] could not create the demo data: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
