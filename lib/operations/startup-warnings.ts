import "server-only";
import { getEnv } from "@/lib/env";
import { findDemoAccountEmails } from "./data";
import { serverLog } from "./request-context";

const RULE = "!".repeat(100);

/**
 * Said once when a production server starts (instrumentation.ts): configuration that works on a laptop and is wrong
 * on a public site. A warning, not a refusal: the demo (`npm run demo`) is a production build too.
 */
export async function warnAboutProductionConfiguration(): Promise<void> {
  const env = getEnv();
  const log = serverLog();
  if (!env.PUBLIC_BASE_URL) {
    log.warn(
      { variable: "PUBLIC_BASE_URL" },
      `PUBLIC_BASE_URL is not set: public links (reader pages, ClaimReview, annotations, embeds, feeds) are built from ${env.TRUSTED_PROXY_HOPS > 0 ? "the host your proxy forwards" : `http://localhost:${env.PORT}`}. Set PUBLIC_BASE_URL to the address readers use, e.g. https://factcheck.example.org`,
    );
  }
  let demoEmails: string[];
  try {
    demoEmails = await findDemoAccountEmails();
  } catch {
    return; // the database is not reachable yet: /api/ready says so, and the admin pages show the banner later
  }
  if (demoEmails.length === 0) return;
  log.warn(
    { demoAccounts: demoEmails },
    "DEMO ACCOUNTS EXIST: anyone can sign in with the README's published password; remove them before this instance is public",
  );
  // also as plain text on stderr, where a person starting the server looks
  console.error(
    `\n${RULE}\n!! WARNING: the demo accounts (${demoEmails.join(", ")}) exist on this production instance.\n!! Their password is published in the README: anyone can sign in, including as an admin.\n!! Remove them before this instance is reachable by anyone else (see docs/deploying.md, "Demo data").\n${RULE}\n`,
  );
}
