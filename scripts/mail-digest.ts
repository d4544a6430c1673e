// npm run mail:digest: sends today's daily digests now (for cron; the app servers also do it on their own timer).
// Running it twice, or beside the app servers, sends each member at most one digest a day.
import { db } from "@/lib/db";
import { runDailyDigest } from "@/lib/digest/run";

try {
  const run = await runDailyDigest();
  console.log(
    run.skipped
      ? `[mail:digest] nothing sent: SMTP_URL is not set`
      : `[mail:digest] ${run.day}: ${run.sent} sent, ${run.failed} failed`,
  );
  if (run.failed) process.exitCode = 1;
} catch (e) {
  console.error(`[mail:digest] failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
