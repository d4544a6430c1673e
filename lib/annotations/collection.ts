import { ANNOTATION_CONTEXT, type WebAnnotation } from "@/lib/export/web-annotation";
import type { ContainerPreference } from "./protocol";
import { LDP_CONTEXT } from "./protocol";
import { buildPageIri, findPageWindow, type PageRef } from "./paging";

// Pure: an article's public annotations as an LDP Basic Container / AnnotationCollection and its AnnotationPages
// (https://www.w3.org/TR/annotation-protocol/#container-representations).

export type AnnotationCollectionInput = {
  containerIri: string;
  label: string;
  /** When the newest annotation was published; null for an empty collection. */
  modified: string | null;
  /** In document order; each annotation's id is its IRI in this container. */
  annotations: WebAnnotation[];
};

/** Inside a page the page's own @context applies, so embedded annotations drop theirs (as in the spec's examples). */
function withoutContext(annotation: WebAnnotation): Omit<WebAnnotation, "@context"> {
  const { "@context": _context, ...rest } = annotation;
  return rest;
}

function pageItems(input: AnnotationCollectionInput, from: number, to: number, iris: boolean) {
  const slice = input.annotations.slice(from, to);
  return iris ? slice.map((a) => a.id) : slice.map(withoutContext);
}

export function buildContainer(input: AnnotationCollectionInput, preference: ContainerPreference, pageSize: number) {
  const total = input.annotations.length;
  const container = {
    "@context": [ANNOTATION_CONTEXT, LDP_CONTEXT],
    id: input.containerIri,
    type: ["BasicContainer", "AnnotationCollection"],
    total,
    ...(input.modified ? { modified: input.modified } : {}),
    label: input.label,
  };
  const first = findPageWindow(total, pageSize, 0);
  if (!first) return container; // no annotations: no pages to point to
  const iris = preference === "iris";
  const ref = (page: number): PageRef => ({ page, pageSize, iris });
  const last = buildPageIri(input.containerIri, ref(first.lastPage));
  if (preference === "minimal") return { ...container, first: buildPageIri(input.containerIri, ref(0)), last };
  return {
    ...container,
    first: {
      id: buildPageIri(input.containerIri, ref(0)),
      type: "AnnotationPage",
      startIndex: 0,
      ...(first.hasNext ? { next: buildPageIri(input.containerIri, ref(1)) } : {}),
      items: pageItems(input, first.startIndex, first.endIndex, iris),
    },
    last,
  };
}

/** One AnnotationPage, or null when `ref.page` lies past the end. */
export function buildPage(input: AnnotationCollectionInput, ref: PageRef) {
  const total = input.annotations.length;
  const window = findPageWindow(total, ref.pageSize, ref.page);
  if (!window) return null;
  const link = (page: number) => buildPageIri(input.containerIri, { ...ref, page });
  return {
    "@context": ANNOTATION_CONTEXT,
    id: link(ref.page),
    type: "AnnotationPage",
    partOf: {
      id: input.containerIri,
      type: "AnnotationCollection",
      total,
      ...(input.modified ? { modified: input.modified } : {}),
      label: input.label,
    },
    startIndex: window.startIndex,
    ...(window.hasPrev ? { prev: link(ref.page - 1) } : {}),
    ...(window.hasNext ? { next: link(ref.page + 1) } : {}),
    items: pageItems(input, window.startIndex, window.endIndex, ref.iris),
  };
}
