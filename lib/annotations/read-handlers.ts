import "server-only";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { AppError } from "@/lib/errors";
import { buildContainer, buildPage, type AnnotationCollectionInput } from "./collection";
import { loadPublicAnnotations, requireAnnotationContainer, type PublicAnnotations } from "./data";
import { countPages, parsePageQuery } from "./paging";
import {
  ANNOTATION_ALLOW,
  ANNOTATION_LINK,
  ANNOTATION_MEDIA_TYPE,
  CONTAINER_ALLOW,
  CONTAINER_LINK,
  PAGE_ALLOW,
  negotiateMediaType,
  parseContainerPreference,
} from "./protocol";
import {
  CORS_HEADERS,
  ProtocolError,
  isPreflight,
  preflightResponse,
  representationResponse,
  withProblems,
} from "./responses";
import { errorText } from "@/lib/i18n/error-text";

// GET / HEAD / OPTIONS of containers, pages and annotations. Public: only published snapshots are ever read.

// Public, but revalidated on every use (ETags make that cheap) so a correction reaches clients at once.
const READ_CACHE = "no-cache";
const CONTAINER_HEADERS = {
  Link: CONTAINER_LINK,
  Allow: CONTAINER_ALLOW,
  "Accept-Post": ANNOTATION_MEDIA_TYPE,
  Vary: "Accept, Prefer",
  "Cache-Control": READ_CACHE,
};
const PAGE_HEADERS = { Allow: PAGE_ALLOW, Vary: "Accept", "Cache-Control": READ_CACHE };
export const ANNOTATION_HEADERS = {
  Link: ANNOTATION_LINK,
  Allow: ANNOTATION_ALLOW,
  Vary: "Accept",
  "Cache-Control": READ_CACHE,
};

function requireMediaType(request: Request): string {
  const type = negotiateMediaType(request.headers.get("accept"));
  if (!type)
    throw new ProtocolError(
      406,
      "NOT_ACCEPTABLE",
      `Annotations are served as ${ANNOTATION_MEDIA_TYPE}, application/ld+json or application/json.`,
    );
  return type;
}

function toCollectionInput(published: PublicAnnotations): AnnotationCollectionInput {
  return {
    containerIri: published.containerIri,
    label: published.label,
    modified: published.modified,
    annotations: published.entries.map((e) => e.annotation),
  };
}

async function loadContainer(articleId: string) {
  const container = await requireAnnotationContainer(articleId);
  return loadPublicAnnotations(container, await publicBaseUrl());
}

/** The container (as the Prefer header asks) or, with ?page=N, one of its pages. */
export function readContainer(request: Request, articleId: string): Promise<Response> {
  return withProblems(async () => {
    const contentType = requireMediaType(request);
    const query = parsePageQuery(new URL(request.url).searchParams);
    const input = toCollectionInput(await loadContainer(articleId));
    if (query.page !== null) {
      const page = buildPage(input, { page: query.page, pageSize: query.pageSize, iris: query.iris });
      if (!page) {
        const pages = countPages(input.annotations.length, query.pageSize);
        throw new AppError(
          "NOT_FOUND",
          errorText("annotations.noSuchPage", { page: query.page, pages, pageSize: query.pageSize }),
        );
      }
      return representationResponse(request, page, {
        contentType,
        headers: { ...PAGE_HEADERS, "Content-Location": page.id },
      });
    }
    const { preference, applied } = parseContainerPreference(request.headers.get("prefer"));
    // the protocol's container answers name the container's IRI (W3C Web Annotation Protocol 4.1, and the
    // web-platform-tests annotation-protocol server suite checks it)
    const located = { ...CONTAINER_HEADERS, "Content-Location": input.containerIri };
    const headers = applied ? { ...located, "Preference-Applied": "return=representation" } : located;
    return representationResponse(request, buildContainer(input, preference, query.pageSize), { contentType, headers });
  });
}

export function optionsContainer(request: Request, articleId: string): Promise<Response> {
  return withProblems(async () => {
    if (isPreflight(request)) return preflightResponse(CONTAINER_ALLOW);
    await requireAnnotationContainer(articleId);
    // 200, as the W3C protocol test suite expects of a plain OPTIONS; a CORS preflight (above) keeps 204
    return new Response(null, {
      status: 200,
      headers: { ...CORS_HEADERS, Link: CONTAINER_LINK, Allow: CONTAINER_ALLOW, "Accept-Post": ANNOTATION_MEDIA_TYPE },
    });
  });
}

async function requirePublicAnnotation(articleId: string, claimId: string) {
  const entry = (await loadContainer(articleId)).entries.find((e) => e.claimId === claimId);
  if (!entry) throw new AppError("NOT_FOUND", "annotations.unpublished");
  return entry.annotation;
}

export function readAnnotation(request: Request, articleId: string, claimId: string): Promise<Response> {
  return withProblems(async () => {
    const contentType = requireMediaType(request);
    const annotation = await requirePublicAnnotation(articleId, claimId);
    return representationResponse(request, annotation, {
      contentType,
      headers: { ...ANNOTATION_HEADERS, "Content-Location": annotation.id },
    });
  });
}

export function optionsAnnotation(request: Request, articleId: string, claimId: string): Promise<Response> {
  return withProblems(async () => {
    if (isPreflight(request)) return preflightResponse(ANNOTATION_ALLOW);
    await requirePublicAnnotation(articleId, claimId);
    return new Response(null, {
      status: 200,
      headers: { ...CORS_HEADERS, Link: ANNOTATION_LINK, Allow: ANNOTATION_ALLOW },
    });
  });
}
