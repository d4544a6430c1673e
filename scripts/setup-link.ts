// Run by scripts/with-db.mjs before the app starts: on a database with no organization, prints a one-time link to
// the first-run setup page (valid until used). Prints nothing on a database that has one.
import { db } from "@/lib/db";
import { publicLink } from "@/lib/mail/links";
import { createSetupTokenIfEmpty } from "@/lib/setup/mutations";

try {
  const token = await createSetupTokenIfEmpty();
  if (token) {
    const line = "=".repeat(78);
    console.log(
      `${line}\nFactDesk has no organization yet. Open this one-time link to set it up (create the organization and its\nfirst admin). It works once; every start of an empty instance prints a new one.\n\n  ${await publicLink(`/setup/${token}`)}\n\nOr from a shell: npm run org:create -- --name "..." --slug ... --admin-email ...\n${line}`,
    );
  }
} catch (e) {
  console.error(`[setup] could not check whether FactDesk needs setting up: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
