import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { readPublished } from "@/lib/db-replica";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { runWithPublicReads } from "@/lib/read-scope";
import { loadPublishedArticle } from "@/lib/reader/data";
import { publishArticle } from "@/lib/workflow/mutations";
import { setUpLoadOrganization, type LoadFixture } from "../bench/load/setup";
import { createCluster, findPostgresBin } from "../scripts/fault/cluster.mjs";
import { createTestDatabase } from "../test/support/database";

// A real primary and a real streaming replica (pg_basebackup, hot standby), both throwaway clusters of this file:
// public reads go to the replica, fall back to the primary when it is down, and never see half a publication.
const bin = findPostgresBin();
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const anonymousGet = () => new Request("http://reader.example/r/x/y");
const inRecovery = (client: PrismaClient) =>
  client.$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`.then((rows) => rows[0].r);
/** Which server answered a public read: "replica" or "primary". */
const servedBy = (request = anonymousGet()) =>
  runWithPublicReads(request, () => readPublished(inRecovery)).then((r) => (r ? "replica" : "primary"));

describe.skipIf(!bin)("public reads on a streaming replica", () => {
  let work: string;
  let primary: ReturnType<typeof createCluster>;
  let replica: ReturnType<typeof createCluster>;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let replicaClient: PrismaClient;
  let fixture: LoadFixture;
  const holder = globalThis as { prisma?: unknown; factdeskReplica?: unknown };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "factdesk-replica-test-"));
    chmodSync(work, 0o755); // the clusters run as the postgres user when we are root
    const primaryPort = await freePort();
    primary = createCluster(bin!, path.join(work, "primary"), primaryPort);
    primary.init();
    primary.start();
    replica = createCluster(bin!, path.join(work, "replica"), await freePort(), {
      settings: ["hot_standby_feedback=on"],
    });
    replica.cloneFrom(primaryPort);
    replica.start();
    database = await createTestDatabase({ baseUrl: primary.url("postgres") });
    holder.prisma = database.db;
    const replicaUrl = new URL(database.url);
    replicaUrl.port = String(replica.port);
    replicaClient = createPrismaClient(replicaUrl.toString(), 4, { connectTimeoutMs: 1_000 });
    holder.factdeskReplica = { client: replicaClient, skipUntil: 0 };
    fixture = await setUpLoadOrganization(database.db, {
      slug: "replica-test",
      reviewers: 1,
      articles: 1,
      publishedClaimsPerArticle: 4,
    });
    // the replica has replayed the setup once it shows the published article
    const { id } = fixture.articles[0];
    for (let i = 0; i < 100; i++) {
      if (await replicaClient.article.findFirst({ where: { id, status: "PUBLISHED" } })) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(async () => {
    holder.prisma = undefined;
    holder.factdeskReplica = undefined;
    await replicaClient?.$disconnect();
    await database?.drop();
    replica?.destroy();
    primary?.destroy();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("sends anonymous public GETs to the replica, and everything else to the primary", async () => {
    expect(await servedBy()).toBe("replica");
    // a signed-in desk member may have just published: the primary
    const member = new Request("http://x/r/a/b", { headers: { cookie: "theme=dark; authjs.session-token=abc" } });
    expect(await servedBy(member)).toBe("primary");
    const secure = new Request("http://x/r/a/b", { headers: { cookie: "__Secure-authjs.session-token=abc" } });
    expect(await servedBy(secure)).toBe("primary");
    expect(await servedBy(new Request("http://x/api/annotations/a/", { method: "POST" }))).toBe("primary");
    // outside a public route (desk pages, actions, scripts): the primary
    expect(await readPublished(inRecovery)).toBe(false);
  });

  it("shows readers on the replica a whole publication, the old one or the new one, while editors publish", async () => {
    const article = fixture.articles[0];
    const orgId = fixture.orgId;
    const editor = await database.db.user.findUniqueOrThrow({ where: { email: fixture.editorEmail } });
    const author = { userId: fixture.reviewers[0].id, orgId };
    const initial = 4;
    const perRound = 3;
    const rounds = 6;
    let publishing = true;
    const seen = new Set<number>();
    const problems: string[] = [];
    let reads = 0;
    const reader = (async () => {
      while (publishing) {
        const loaded = await runWithPublicReads(anonymousGet(), () => loadPublishedArticle(fixture.slug, article.id));
        reads++;
        if (!loaded) {
          problems.push("the published article was not found");
          continue;
        }
        const count = loaded.claims.length;
        seen.add(count);
        const newest = Math.max(...loaded.claims.map((c) => Date.parse(c.firstPublishedAt)));
        const inNewest = loaded.claims.filter((c) => Date.parse(c.firstPublishedAt) === newest).length;
        // every publication adds `perRound` claims in one transaction: any other count is half a publication
        if ((count - initial) % perRound !== 0 || inNewest !== (count === initial ? initial : perRound))
          problems.push(`a reader saw ${count} claims, ${inNewest} of them from the newest publication`);
      }
    })();
    try {
      for (let round = 0; round < rounds; round++) {
        const ids: string[] = [];
        for (let i = 0; i < perRound; i++) {
          const start = 5 + (round * perRound + i) * 7;
          const claim = await createClaim(author, {
            articleId: article.id,
            versionId: article.versionId,
            start,
            end: start + 30,
          });
          await saveClaim(author, {
            claimId: claim.id,
            lockVersion: claim.lockVersion,
            claimant: "The article",
            claimDate: new Date("2025-03-06"),
            claimContext: null,
            verdictOptionId: fixture.verdictOptionIds[i % fixture.verdictOptionIds.length],
            rationale: `Round ${round + 1}, claim ${i + 1}.`,
            citations: [],
          });
          ids.push(claim.id);
        }
        await database.db.claim.updateMany({ where: { id: { in: ids } }, data: { state: "APPROVED" } });
        await publishArticle({ userId: editor.id, orgId }, article.id, {});
      }
    } finally {
      // let the replica catch up with the last publication, then stop reading
      for (let i = 0; i < 50 && !seen.has(initial + rounds * perRound); i++)
        await new Promise((r) => setTimeout(r, 100));
      publishing = false;
      await reader;
    }
    expect(problems).toEqual([]);
    expect(await servedBy()).toBe("replica");
    // the readers really followed the publications (else this test would prove nothing)
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(seen.has(initial + rounds * perRound)).toBe(true);
    expect(reads).toBeGreaterThan(rounds);
  }, 90_000);

  it("falls back to the primary while the replica is down, and returns to it when it is back", async () => {
    replica.stop();
    try {
      expect(await servedBy()).toBe("primary");
      const loaded = await runWithPublicReads(anonymousGet(), () =>
        loadPublishedArticle(fixture.slug, fixture.articles[0].id),
      );
      expect(loaded?.id).toBe(fixture.articles[0].id);
    } finally {
      replica.start();
    }
    let back = "primary";
    for (let i = 0; i < 60 && back !== "replica"; i++) {
      await new Promise((r) => setTimeout(r, 250));
      back = await servedBy();
    }
    expect(back).toBe("replica");
  }, 60_000);
});
