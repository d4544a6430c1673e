import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { findApiTokensOfOrg } from "@/lib/api-tokens/data";
import { hashApiToken } from "@/lib/api-tokens/token";
import { ANNOTATION_MEDIA_TYPE } from "./protocol";
import { readAnnotation, readContainer } from "./read-handlers";
import { createAnnotation, deleteAnnotation, replaceAnnotation } from "./write-handlers";

// The service end to end, below HTTP: real route handlers on Request objects against a real database,
// with a second organization for the cross-tenant cases the e2e suite (one demo org) cannot reach.

const BASE = "http://facts.test";
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
let token: string;
let otherToken: string;

const container = () => `${BASE}/api/annotations/${demo.articleId}/`;
const annotation = (exact: string, extra: Record<string, unknown> = {}) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  bodyValue: "Please check this.",
  target: { source: "https://example.org/original", selector: { type: "TextQuoteSelector", exact } },
  ...extra,
});
const send = (
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) =>
  new Request(url, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.body ? { "Content-Type": ANNOTATION_MEDIA_TYPE } : {}),
      ...options.headers,
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
const post = (body: unknown, bearer = token) =>
  createAnnotation(send("POST", container(), { token: bearer, body }), demo.articleId);

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = BASE;
  process.env.DATABASE_URL ??= t.url; // read by getEnv(); the client itself is the test database's
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  token = (await createApiToken({ userId: demo.users.ADMIN.id, orgId: demo.orgId }, { name: "Extension" })).token;
  otherToken = (await createApiToken({ userId: other.users.ADMIN.id, orgId: other.orgId }, { name: "Extension" }))
    .token;
});

describe("API tokens", () => {
  it("store only a hash, audit creation and revocation, and refuse a second live token of the same name", async () => {
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    await expect(
      createApiToken({ userId: demo.users.ADMIN.id, orgId: demo.orgId }, { name: "Extension" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const spare = await createApiToken({ userId: demo.users.ADMIN.id, orgId: demo.orgId }, { name: "Spare" });
    await expect(
      revokeApiToken({ userId: other.users.ADMIN.id, orgId: other.orgId }, { tokenId: spare.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeApiToken({ userId: demo.users.ADMIN.id, orgId: demo.orgId }, { tokenId: spare.id });
    expect((await post(annotation("Who makes these deals?"), spare.token)).status).toBe(401);
    const actions = await t.db.auditEvent.findMany({
      where: { entityId: spare.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "api_token.created", actorId: demo.users.ADMIN.id },
      { action: "api_token.revoked", actorId: demo.users.ADMIN.id },
    ]);
    const listed = await findApiTokensOfOrg(demo.orgId);
    expect(listed.map((l) => [l.name, l.revokedAt !== null])).toEqual([
      ["Extension", false],
      ["Spare", true],
    ]);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });
});

describe("reading", () => {
  it("serves the published claims only, with ids under the container and a stable ETag", async () => {
    const res = await readContainer(send("GET", container()), demo.articleId);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: container(), total: 4 });
    expect(body.first.items.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(demo.claimIds.slice(0, 4).map((id) => `${container()}${id}`)),
    );
    expect(JSON.stringify(body)).not.toContain("The two leaders met at the White House"); // the claim in review
    const again = await readContainer(send("GET", container()), demo.articleId);
    expect(again.headers.get("etag")).toBe(res.headers.get("etag"));
    const one = await readAnnotation(
      send("GET", `${container()}${demo.claimIds[0]}`),
      demo.articleId,
      demo.claimIds[0],
    );
    expect((await one.json()).id).toBe(`${container()}${demo.claimIds[0]}`);
    expect(
      (await readAnnotation(send("GET", `${container()}${demo.claimIds[4]}`), demo.articleId, demo.claimIds[4])).status,
    ).toBe(404);
  });
});

describe("writing", () => {
  it("refuses a missing token (401), another organization's token (403)", async () => {
    const anonymous = await post(annotation("Who makes these deals?"), "");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await post(annotation("Who makes these deals?"), otherToken)).status).toBe(403);
    const published = `${container()}${demo.claimIds[0]}`;
    expect(
      (
        await deleteAnnotation(
          send("DELETE", published, { token: otherToken, headers: { "If-Match": "*" } }),
          demo.articleId,
          demo.claimIds[0],
        )
      ).status,
    ).toBe(403);
  });

  it("files a POST as a draft claim written by the token, with an audit row without actor and the body as a comment", async () => {
    const res = await post(annotation("Who makes these deals?", { id: "urn:uuid:6a3c" }));
    expect(res.status).toBe(201);
    const location = res.headers.get("location")!;
    const claimId = location.slice(container().length);
    const body = await res.json();
    expect(body).toMatchObject({ id: location, status: "draft, awaiting review", via: "urn:uuid:6a3c" });
    const claim = await t.db.claim.findUniqueOrThrow({
      where: { id: claimId },
      include: { comments: true, auditEvents: true },
    });
    expect(claim).toMatchObject({
      state: "DRAFT",
      quote: "Who makes these deals?",
      orgId: demo.orgId,
      createdById: demo.users.ADMIN.id,
      versionId: demo.versionId,
    });
    expect(claim.comments).toHaveLength(1);
    expect(claim.comments[0]).toMatchObject({
      authorId: demo.users.ADMIN.id,
      body: expect.stringContaining("Please check this."),
    });
    expect(claim.auditEvents).toEqual([
      expect.objectContaining({
        action: "claim.created",
        actorId: null,
        after: expect.objectContaining({ via: "api", tokenName: "Extension" }),
      }),
    ]);
    expect(
      (await t.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } })).lastUsedAt,
    ).toBeInstanceOf(Date);
    expect((await readAnnotation(send("GET", location), demo.articleId, claimId)).status).toBe(404);

    // withdrawing it: 428 without If-Match, 412 with a stale one, 204 with the ETag of the POST response
    const del = (headers: Record<string, string>) =>
      deleteAnnotation(send("DELETE", location, { token, headers }), demo.articleId, claimId);
    expect((await del({})).status).toBe(428);
    expect((await del({ "If-Match": '"stale"' })).status).toBe(412);
    expect((await del({ "If-Match": res.headers.get("etag")! })).status).toBe(204);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      deletedAt: expect.any(Date),
    });
    expect((await del({ "If-Match": "*" })).status).toBe(404);
  });

  it("refuses quotes it cannot place (422) and never touches a desk draft", async () => {
    expect((await post(annotation("Trump"))).status).toBe(422);
    expect((await post(annotation("Words that were never written"))).status).toBe(422);
    const desk = demo.claimIds[4]; // in review, created in the desk: not the API's to delete
    expect(
      (
        await deleteAnnotation(
          send("DELETE", `${container()}${desk}`, { token, headers: { "If-Match": "*" } }),
          demo.articleId,
          desk,
        )
      ).status,
    ).toBe(404);
  });

  it("turns a PUT on a published annotation into a comment and leaves the published one as it was", async () => {
    const claimId = demo.claimIds[1];
    const iri = `${container()}${claimId}`;
    const before = await readAnnotation(send("GET", iri), demo.articleId, claimId);
    const etag = before.headers.get("etag")!;
    const put = (headers: Record<string, string>) =>
      replaceAnnotation(
        send("PUT", iri, { token, body: annotation("the U.S. is obliged to defend Japan", { id: iri }), headers }),
        demo.articleId,
        claimId,
      );
    expect((await put({})).status).toBe(428);
    expect((await put({ "If-Match": '"stale"' })).status).toBe(412);
    const res = await put({ "If-Match": etag });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(etag);
    expect((await res.json()).status).toMatch(/^published; the replacement was stored as a comment/);
    const after = await readAnnotation(send("GET", iri), demo.articleId, claimId);
    expect(after.headers.get("etag")).toBe(etag);
    expect(
      await t.db.comment.count({ where: { claimId, body: { contains: "Replacement proposed through the API" } } }),
    ).toBe(1);
    expect(
      (await deleteAnnotation(send("DELETE", iri, { token, headers: { "If-Match": etag } }), demo.articleId, claimId))
        .status,
    ).toBe(409);
  });
});
