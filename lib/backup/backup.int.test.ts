import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSuggestions } from "@/lib/claim-finder/data";
import { dismissSuggestion } from "@/lib/claim-finder/mutations";
import { saveExternalReviews } from "@/lib/claim-finder/external-reviews";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { editArticleText } from "@/lib/articles/mutations";
import { verifyPassword } from "@/lib/auth/passwords";
import { createComment } from "@/lib/discussion/mutations";
import { recordPresence } from "@/lib/live/presence";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { seedDemoData } from "@/lib/seed/demo";
import { createTestDatabase } from "@/test/support/database";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { resolveBackupPlan } from "./catalog";
import { connectToDatabase } from "./connect";
import { backupOrganization } from "./export-org";
import { restoreOrganization } from "./restore-org";
import { BACKUP_TABLES } from "./tables";

// Backup of the demo organization with activity in every table, restored into fresh schemas: the restored rows
// must equal the originals field by field, and a damaged file must be refused with nothing written.

const source = withTestDatabase();
type Target = Awaited<ReturnType<typeof createTestDatabase>>;
const targets: Target[] = [];
let dir: string;
let file: string;
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let sourceClient: pg.Client;

async function freshTarget(): Promise<{ target: Target; client: pg.Client }> {
  const target = await createTestDatabase();
  targets.push(target);
  return { target, client: await connectToDatabase(target.url) };
}

/** Every row of the organization, table by table, as PostgreSQL sees it (all columns, ordered). */
async function snapshotOf(client: pg.Client, orgId: string): Promise<Record<string, unknown[]>> {
  const plan = await resolveBackupPlan(client);
  const result: Record<string, unknown[]> = {};
  for (const t of plan) {
    const { rows } = await client.query(
      `SELECT to_jsonb(t) AS "row" FROM "${t.name}" t WHERE ${t.scope} ORDER BY to_jsonb(t)::text`,
      [orgId],
    );
    result[t.name] = rows.map((r) => r.row);
  }
  return result;
}

async function countAllRows(client: pg.Client): Promise<number> {
  let total = 0;
  for (const t of BACKUP_TABLES)
    total += Number((await client.query(`SELECT count(*) AS n FROM "${t.name}"`)).rows[0].n);
  return total;
}

/** Rewrites a backup's lines and re-signs it, as a file that is intact but says something the database refuses. */
async function resign(original: string, edit: (lines: string[]) => string[]): Promise<string> {
  const lines = edit((await readFile(original, "utf8")).trimEnd().split("\n").slice(0, -1));
  const body = lines.map((l) => l + "\n").join("");
  const end = JSON.parse((await readFile(original, "utf8")).trimEnd().split("\n").at(-1)!);
  end.sha256 = createHash("sha256").update(body).digest("hex");
  const out = path.join(dir, `resigned-${targets.length}.jsonl`);
  await writeFile(out, body + JSON.stringify(end) + "\n");
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-backup-"));
  file = path.join(dir, "demo.jsonl");
  process.env.DATABASE_URL ??= source.url;
  demo = await seedDemoData(source.db);
  await seedDemoData(source.db, { slug: "other", emailDomain: "other.example" });
  const admin = { userId: demo.users.ADMIN.id, orgId: demo.orgId };
  const reviewer = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
  await createApiToken(admin, { name: "Extension" });
  const spare = await createApiToken(admin, { name: "Spare" });
  await revokeApiToken(admin, { tokenId: spare.id });
  const thread = await createComment(reviewer, {
    claimId: demo.claimIds[4],
    parentId: null,
    body: "@editor could you look at the source?",
  });
  await createComment(
    { userId: demo.users.EDITOR.id, orgId: demo.orgId },
    { claimId: demo.claimIds[4], parentId: thread.id, body: "Looked: the figure is right." },
  );
  const current = await source.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } });
  await editArticleText(reviewer, {
    articleId: demo.articleId,
    baseVersionId: current.id,
    text: current.text + "\n\nA paragraph added later.",
  });
  await recordPresence(reviewer, demo.articleId, "tab-1");
  const edited = await source.db.article.findUniqueOrThrow({
    where: { id: demo.articleId },
    select: { currentVersionId: true },
  });
  const [suggestion] = await loadSuggestions(demo.orgId, demo.articleId, edited.currentVersionId!);
  await saveExternalReviews(
    { userId: demo.users.ADMIN.id, orgId: demo.orgId },
    [
      {
        url: "https://checker.example/1",
        publisher: "Checker",
        claimText: "Taxes rose 3 percent.",
        rating: "False",
        claimant: null,
        reviewedAt: new Date("2025-01-02"),
      },
    ],
    "file:reviews.jsonld",
    0,
  );
  await dismissSuggestion(reviewer, {
    articleId: demo.articleId,
    versionId: edited.currentVersionId!,
    start: suggestion.start,
    end: suggestion.end,
  });
  sourceClient = await connectToDatabase(source.url);
});

afterAll(async () => {
  await sourceClient?.end();
  for (const t of targets) await t.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("organization backup and restore", () => {
  it("restores every row of every table field by field, ids included, and nothing of other organizations", async () => {
    const backup = await backupOrganization(sourceClient, "demo", file);
    for (const t of BACKUP_TABLES) expect(backup.counts[t.name], `${t.name} rows in the backup`).toBeGreaterThan(0);
    expect(backup.counts.User).toBe(3);

    const { client } = await freshTarget();
    try {
      const restored = await restoreOrganization(client, file);
      expect(restored.counts).toEqual(backup.counts);
      const before = await snapshotOf(sourceClient, demo.orgId);
      const after = await snapshotOf(client, demo.orgId);
      for (const t of BACKUP_TABLES) expect(after[t.name], `${t.name} rows`).toEqual(before[t.name]);
      expect(before.Comment.some((c) => (c as { parentId: string | null }).parentId)).toBe(true);
      expect((await client.query(`SELECT "slug" FROM "Organization"`)).rows).toEqual([{ slug: "demo" }]);
      expect(await countAllRows(client)).toBe(Object.values(backup.counts).reduce((a, b) => a + b, 0));

      // the restored organization works: a member's password still verifies against the restored hash
      const admin = (await client.query(`SELECT "passwordHash" FROM "User" WHERE "email" = 'admin@example.org'`))
        .rows[0];
      expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);

      // a second restore into the same database is refused and changes nothing
      await expect(restoreOrganization(client, file)).rejects.toThrow(/organization "demo" already exists/);
      expect(await countAllRows(client)).toBe(Object.values(backup.counts).reduce((a, b) => a + b, 0));
    } finally {
      await client.end();
    }
  });

  it("refuses a truncated file, a changed byte and an unknown organization, writing nothing", async () => {
    const whole = await readFile(file, "utf8");
    const truncated = path.join(dir, "truncated.jsonl");
    await writeFile(truncated, whole.slice(0, Math.floor(whole.length * 0.6)));
    const cutAtLine = path.join(dir, "cut-at-line.jsonl");
    await writeFile(cutAtLine, whole.split("\n").slice(0, 4).join("\n") + "\n");
    const changed = path.join(dir, "changed.jsonl");
    await writeFile(changed, whole.replace("technically inaccurate", "technically accurate"));
    expect(whole).toContain("technically inaccurate");

    const { client } = await freshTarget();
    try {
      await expect(restoreOrganization(client, truncated)).rejects.toThrow(/not valid JSON|incomplete/);
      await expect(restoreOrganization(client, cutAtLine)).rejects.toThrow(/incomplete: it has no end line/);
      await expect(restoreOrganization(client, changed)).rejects.toThrow(/damaged: its SHA-256 does not match/);
      await expect(restoreOrganization(client, path.join(dir, "missing.jsonl"))).rejects.toThrow(
        /Cannot read the backup file/,
      );
      await expect(backupOrganization(sourceClient, "nope", path.join(dir, "nope.jsonl"))).rejects.toThrow(
        /no organization with the slug "nope"/,
      );
      await expect(readFile(path.join(dir, "nope.jsonl.partial"))).rejects.toThrow(/ENOENT/);
      expect(await countAllRows(client)).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("rolls back the rows already written when the database refuses a later one", async () => {
    // an intact, correctly signed file whose last claim points at a version that does not exist
    const broken = await resign(file, (lines) =>
      lines.map((line) => {
        const batch = JSON.parse(line);
        if (batch.table !== "Claim") return line;
        batch.rows.at(-1).versionId = "no-such-version";
        return JSON.stringify(batch);
      }),
    );
    const { target, client } = await freshTarget();
    await expect(restoreOrganization(client, broken)).rejects.toThrow(
      /Could not restore Claim: .*Nothing was restored/,
    );
    await client.end(); // as the command does; the embedded database's wire server may not resync after an error
    const check = await connectToDatabase(target.url);
    try {
      expect(await countAllRows(check)).toBe(0);
    } finally {
      await check.end();
    }
  });
});
