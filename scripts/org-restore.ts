// npm run org:restore -- --in <file>: restores an organization backup (npm run org:backup) into this database,
// all or nothing. DATABASE_URL selects the database; without it, scripts/with-db.mjs serves the embedded one.
import { resolve } from "node:path";
import { parseOptions, runCommand } from "@/lib/backup/cli";
import { restoreOrganization } from "@/lib/backup/restore-org";

const usage = "Usage: npm run org:restore -- --in <file>";

await runCommand(
  "org:restore",
  () => parseOptions(process.argv.slice(2), { in: true }, usage),
  async (client, { in: file }) => {
    const started = Date.now();
    const summary = await restoreOrganization(client, resolve(file));
    const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    return (
      `${summary.organization.name} (${summary.organization.slug}) restored: ${rows} rows in ${Date.now() - started} ms` +
      (summary.usersKept ? `; ${summary.usersKept} user(s) already existed here and were kept as they are` : "") +
      "\n" +
      Object.entries(summary.counts)
        .map(([t, n]) => `  ${t}: ${n}`)
        .join("\n")
    );
  },
);
