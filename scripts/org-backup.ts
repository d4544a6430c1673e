// npm run org:backup -- --org <slug> --out <file>: every row of one organization, to a checked JSON Lines file
// (lib/backup). DATABASE_URL selects the database; without it, scripts/with-db.mjs serves the embedded one.
import { resolve } from "node:path";
import { parseOptions, runCommand } from "@/lib/backup/cli";
import { backupOrganization } from "@/lib/backup/export-org";

const usage = "Usage: npm run org:backup -- --org <slug> --out <file>";

await runCommand(
  "org:backup",
  () => parseOptions(process.argv.slice(2), { org: true, out: true }, usage),
  async (client, { org, out }) => {
    const started = Date.now();
    const summary = await backupOrganization(client, org, resolve(out));
    const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    return (
      `${summary.organization.name} (${summary.organization.slug}): ${rows} rows in ${Object.keys(summary.counts).length} tables, ` +
      `${(summary.bytes / 1024).toFixed(1)} KiB, written to ${resolve(out)} in ${Date.now() - started} ms\n` +
      Object.entries(summary.counts)
        .map(([t, n]) => `  ${t}: ${n}`)
        .join("\n")
    );
  },
);
