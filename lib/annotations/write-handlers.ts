import "server-only";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { AppError } from "@/lib/errors";
import { toIri, trimTrailingSlash } from "@/lib/export/iri";
import type { WebAnnotation } from "@/lib/export/web-annotation";
import { readerPath } from "@/lib/reader/to-report";
import { requireApiToken } from "./access";
import {
  findApiClaim,
  findCurrentVersion,
  loadPublicAnnotations,
  requireAnnotationContainer,
  type AnnotationContainerRef,
} from "./data";
import { buildDraftAnnotation, computeDraftEtag, DRAFT_STATUS } from "./draft";
import { computeEtag, matchesIfMatch } from "./etag";
import { anchorIncoming, describeAnchorFailure, describeIncomingBodies, describeReplacement } from "./incoming";
import { createAnnotationClaim, deleteApiDraftClaim, proposeAnnotationReplacement, type ApiActor } from "./mutations";
import { buildContainerIri } from "./paging";
import { ANNOTATION_MEDIA_TYPE } from "./protocol";
import { ANNOTATION_HEADERS } from "./read-handlers";
import { readAnnotationRequest } from "./request-body";
import { CORS_HEADERS, ProtocolError, representationResponse, withProblems } from "./responses";
import { errorText } from "@/lib/i18n/error-text";

// POST / PUT / DELETE with an organization API token. What readers see never changes without review:
// - POST anchors the annotation in the article's current text and files it as a DRAFT claim (201 + Location;
//   GET on that IRI is 404 until the desk publishes it, which the body's "status" says).
// - PUT stores the replacement as a comment for reviewers and answers 200 with the unchanged representation.
// - DELETE withdraws a draft the API created (204); a published annotation is 409: it is corrected, not removed.
// PUT and DELETE need If-Match (428 without, 412 on a stale ETag), checked once the request could otherwise succeed.

async function authorizeWrite(request: Request, articleId: string) {
  const container = await requireAnnotationContainer(articleId);
  const token = await requireApiToken(request.headers.get("authorization"), container.orgId);
  const actor: ApiActor = {
    orgId: container.orgId,
    tokenId: token.id,
    tokenName: token.name,
    tokenCreatorId: token.createdById,
  };
  return { container, actor, baseUrl: await publicBaseUrl() };
}

/** Where a draft's target points: the original article, else our reader page (as for published annotations). */
function targetSource(baseUrl: string, container: AnnotationContainerRef): string {
  return toIri(
    container.originalUrl ?? `${trimTrailingSlash(baseUrl)}${readerPath(container.orgSlug, container.articleId)}`,
  );
}

type WriteTarget =
  | { kind: "published"; iri: string; etag: string; representation: WebAnnotation }
  | {
      kind: "draft";
      iri: string;
      etag: string;
      lockVersion: number;
      representation: ReturnType<typeof buildDraftAnnotation>;
    };

/** The annotation a PUT/DELETE addresses: a published one, else a live claim the API created; otherwise 404. */
async function resolveWriteTarget(
  container: AnnotationContainerRef,
  claimId: string,
  baseUrl: string,
): Promise<WriteTarget> {
  const iri = `${buildContainerIri(baseUrl, container.articleId)}${encodeURIComponent(claimId)}`;
  const published = (await loadPublicAnnotations(container, baseUrl)).entries.find((e) => e.claimId === claimId);
  if (published)
    return {
      kind: "published",
      iri,
      etag: computeEtag(JSON.stringify(published.annotation)),
      representation: published.annotation,
    };
  const claim = await findApiClaim(container.orgId, container.articleId, claimId);
  if (!claim) throw new AppError("NOT_FOUND", "annotations.unpublished");
  const representation = buildDraftAnnotation({
    iri,
    source: targetSource(baseUrl, container),
    text: claim.version.text,
    start: claim.start,
    end: claim.end,
    created: claim.createdAt,
    modified: claim.updatedAt,
    comment: null,
    via: null,
    status: claim.state === "DRAFT" ? DRAFT_STATUS : "in review at the desk",
  });
  return {
    kind: "draft",
    iri,
    etag: computeDraftEtag(claim.id, claim.lockVersion),
    lockVersion: claim.lockVersion,
    representation,
  };
}

function requireIfMatch(request: Request, etag: string): void {
  const header = request.headers.get("if-match");
  if (!header?.trim()) {
    throw new ProtocolError(
      428,
      "PRECONDITION_REQUIRED",
      "Send If-Match with the annotation's current ETag (from GET, or from the POST response for a draft), so that a change made meanwhile is not overwritten.",
    );
  }
  if (!matchesIfMatch(header, etag)) {
    throw new ProtocolError(
      412,
      "PRECONDITION_FAILED",
      "The annotation changed since you fetched it: If-Match does not match its current ETag. Fetch it again.",
    );
  }
}

export function createAnnotation(request: Request, articleId: string): Promise<Response> {
  return withProblems(async () => {
    const { container, actor, baseUrl } = await authorizeWrite(request, articleId);
    const imported = await readAnnotationRequest(request);
    const version = await findCurrentVersion(container.orgId, container.articleId);
    if (!version) throw new AppError("NOT_FOUND", "annotations.noText");
    const anchor = anchorIncoming(version.text, imported);
    if (anchor.status !== "anchored") throw new ProtocolError(422, "UNANCHORABLE", describeAnchorFailure(anchor));
    const comment = describeIncomingBodies(
      imported,
      `Annotation received through the API (token “${actor.tokenName}”):`,
    );
    const claim = await createAnnotationClaim(actor, {
      articleId: container.articleId,
      versionId: version.id,
      start: anchor.start,
      end: anchor.end,
      comment,
      annotationId: imported.id,
    });
    const iri = `${buildContainerIri(baseUrl, container.articleId)}${encodeURIComponent(claim.id)}`;
    const body = buildDraftAnnotation({
      iri,
      source: targetSource(baseUrl, container),
      text: claim.text,
      start: anchor.start,
      end: anchor.end,
      created: claim.createdAt,
      modified: claim.updatedAt,
      comment,
      via: imported.id,
    });
    return representationResponse(request, body, {
      status: 201,
      contentType: ANNOTATION_MEDIA_TYPE,
      etag: computeDraftEtag(claim.id, claim.lockVersion),
      headers: { Location: iri, Vary: "Accept" },
    });
  });
}

export function replaceAnnotation(request: Request, articleId: string, claimId: string): Promise<Response> {
  return withProblems(async () => {
    const { container, actor, baseUrl } = await authorizeWrite(request, articleId);
    const target = await resolveWriteTarget(container, claimId, baseUrl);
    const imported = await readAnnotationRequest(request);
    if (imported.id && imported.id !== target.iri) {
      throw new AppError("INVALID", errorText("annotations.replacementIri", { iri: target.iri }), { path: "id" });
    }
    requireIfMatch(request, target.etag);
    await proposeAnnotationReplacement(actor, {
      articleId: container.articleId,
      claimId,
      comment: describeReplacement(imported, actor.tokenName),
    });
    const status =
      target.kind === "published"
        ? "published; the replacement was stored as a comment for the desk's reviewers and changes nothing until they publish again"
        : `${target.representation.status}; the replacement was stored as a comment for the desk's reviewers`;
    return representationResponse(
      request,
      { ...target.representation, status },
      { contentType: ANNOTATION_MEDIA_TYPE, etag: target.etag, headers: ANNOTATION_HEADERS },
    );
  });
}

export function deleteAnnotation(request: Request, articleId: string, claimId: string): Promise<Response> {
  return withProblems(async () => {
    const { container, actor, baseUrl } = await authorizeWrite(request, articleId);
    const target = await resolveWriteTarget(container, claimId, baseUrl);
    // Refused whatever the precondition says: preconditions only apply to a request that could succeed (RFC 9110 §13.2.1).
    if (target.kind === "published") {
      throw new AppError("CONFLICT", "annotations.publishedNoDelete");
    }
    requireIfMatch(request, target.etag);
    await deleteApiDraftClaim(actor, { articleId: container.articleId, claimId, lockVersion: target.lockVersion });
    return new Response(null, { status: 204, headers: CORS_HEADERS });
  });
}
