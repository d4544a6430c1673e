// What every scenario needs from the database: the demo article to annotate, a quote in it, and an API token.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";

const QUOTE = "Who makes these deals?";

export async function prepareDemo(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const {
      rows: [article],
    } = await client.query(
      `SELECT a."id", a."orgId", o."slug", v."text" FROM "Article" a JOIN "Organization" o ON o."id" = a."orgId"
       JOIN "ArticleVersion" v ON v."id" = a."currentVersionId" WHERE o."slug" = 'demo' AND a."status" = 'PUBLISHED' LIMIT 1`,
    );
    if (!article) throw new Error("the demo organization has no published article (was the database seeded?)");
    if (!article.text.includes(QUOTE)) throw new Error(`the demo article no longer contains "${QUOTE}"`);
    const {
      rows: [admin],
    } = await client.query(`SELECT "userId" FROM "Membership" WHERE "orgId" = $1 AND "role" = 'ADMIN' LIMIT 1`, [
      article.orgId,
    ]);
    const token = "fdk_" + randomBytes(32).toString("base64url");
    await client.query(
      `INSERT INTO "ApiToken" ("id", "orgId", "name", "tokenHash", "createdById") VALUES ($1, $2, $3, $4, $5)`,
      [
        `fault${randomBytes(8).toString("hex")}`,
        article.orgId,
        `fault test ${Date.now()}`,
        createHash("sha256").update(token).digest("hex"),
        admin.userId,
      ],
    );
    return { articleId: article.id, orgSlug: article.slug, token, quote: QUOTE };
  } finally {
    await client.end();
  }
}
