import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";

// Migration 20261203070000_notification_groups on rows written before it: unread rows of one group become one row
// with their count (the claim kept only when they share it); read rows and rows of other groups stay as they were.
const MIGRATION = "20261203070000_notification_groups";
const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const schema = `m_${randomBytes(6).toString("hex")}`;
const client = new pg.Client({ connectionString: inject("databaseUrl") });
const run = (m: string) =>
  client.query(`SET search_path TO "${schema}"; ${readFileSync(path.join(dir, m, "migration.sql"), "utf8")}`);

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  for (const m of readdirSync(dir)
    .filter((d) => /^\d+_/.test(d) && d < MIGRATION)
    .sort())
    await run(m);
});
afterAll(async () => {
  await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  await client.end();
});

it("merges the unread rows of one group, keeps read rows and other groups", async () => {
  await client.query(`SET search_path TO "${schema}";
    INSERT INTO "Organization"(id, name, slug) VALUES ('o', 'O', 'o');
    INSERT INTO "User"(id, email, name, "passwordHash", "updatedAt") VALUES
      ('u', 'u@x', 'U', 'x', now()), ('a', 'a@x', 'A', 'x', now()), ('b', 'b@x', 'B', 'x', now());
    INSERT INTO "Notification"(id, "orgId", "userId", "actorId", kind, "claimId", "articleId", message, "readAt", "createdAt") VALUES
      ('n1', 'o', 'u', 'a', 'approval', 'c1', 'art', 'm1', NULL, '2026-12-01 10:00'),
      ('n2', 'o', 'u', 'a', 'approval', 'c2', 'art', 'm2', NULL, '2026-12-01 11:00'),
      ('n3', 'o', 'u', 'a', 'approval', 'c3', 'art', 'm3', NULL, '2026-12-01 12:00'),
      ('n4', 'o', 'u', 'a', 'mention', 'c1', 'art', 'm4', NULL, '2026-12-01 10:00'),
      ('n5', 'o', 'u', 'a', 'mention', 'c1', 'art', 'm5', NULL, '2026-12-01 10:30'),
      ('n6', 'o', 'u', 'b', 'approval', 'c1', 'art', 'm6', NULL, '2026-12-01 10:00'),
      ('n7', 'o', 'u', 'a', 'approval', 'c1', 'art', 'm7', '2026-12-02', '2026-12-01 09:00'),
      ('n8', 'o', 'u', 'a', 'approval', 'c1', 'art', 'm8', '2026-12-02', '2026-12-01 09:30')`);
  await run(MIGRATION);
  const { rows } = await client.query(
    `SELECT id, "claimId", count, to_char("updatedAt", 'DD HH24:MI') AS latest, "readAt" IS NOT NULL AS read, message FROM "${schema}"."Notification" ORDER BY id`,
  );
  expect(rows.map((r) => [r.id, r.claimId, r.count, r.latest, r.read, r.message])).toEqual([
    ["n3", null, 3, "01 12:00", false, "m3"], // three claims: the link goes to the article; the latest time
    ["n5", "c1", 2, "01 10:30", false, "m5"], // one claim: the link keeps it
    ["n6", "c1", 1, "01 10:00", false, "m6"], // another colleague: its own group
    ["n7", "c1", 1, "01 09:00", true, "m7"], // read rows are history, never merged
    ["n8", "c1", 1, "01 09:30", true, "m8"],
  ]);
  // and the index now holds every unread group to one row
  await expect(
    client.query(`INSERT INTO "${schema}"."Notification"(id, "orgId", "userId", "actorId", kind, "articleId", message)
      VALUES ('n9', 'o', 'u', 'a', 'approval', 'art', 'm9')`),
  ).rejects.toThrow(/Notification_unread_group_key/);
});
