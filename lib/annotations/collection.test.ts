import { describe, expect, it } from "vitest";
import { buildAnnotations } from "@/lib/export/web-annotation";
import { sampleReport } from "@/test/fixtures/sample-report";
import { buildContainer, buildPage, type AnnotationCollectionInput } from "./collection";
import type { PageRef } from "./paging";

const containerIri = "http://localhost:3000/api/annotations/art_seed/";
const annotations = buildAnnotations(sampleReport);
const input: AnnotationCollectionInput = {
  containerIri,
  label: "Fact-checks",
  modified: "2025-03-09T10:30:00.000Z",
  annotations,
};

describe("container", () => {
  it("is an LDP BasicContainer and AnnotationCollection embedding the first page of full annotations", () => {
    const container = buildContainer(input, "descriptions", 20);
    expect(container).toMatchObject({
      "@context": ["http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld"],
      id: containerIri,
      type: ["BasicContainer", "AnnotationCollection"],
      total: annotations.length,
      label: "Fact-checks",
      last: `${containerIri}?page=0`,
    });
    const first = (
      container as { first: { id: string; type: string; items: Array<Record<string, unknown>>; next?: string } }
    ).first;
    expect(first).toMatchObject({ id: `${containerIri}?page=0`, type: "AnnotationPage", startIndex: 0 });
    expect(first.next).toBeUndefined();
    expect(first.items.map((a) => a.id)).toEqual(annotations.map((a) => a.id));
    expect(first.items.every((a) => !("@context" in a) && a.type === "Annotation")).toBe(true);
  });

  it("lists only IRIs when they are preferred, and links IRI pages", () => {
    const container = buildContainer(input, "iris", 1) as { first: { items: unknown[]; next: string }; last: string };
    expect(container.first.items).toEqual([annotations[0].id]);
    expect(container.first.next).toBe(`${containerIri}?page=1&pageSize=1&iris=1`);
    expect(container.last).toBe(`${containerIri}?page=${annotations.length - 1}&pageSize=1&iris=1`);
  });

  it("embeds no page for a minimal container, only links", () => {
    const container = buildContainer(input, "minimal", 20);
    expect(container).toMatchObject({
      first: `${containerIri}?page=0`,
      last: `${containerIri}?page=0`,
      total: annotations.length,
    });
  });

  it("has no first or last page when it is empty", () => {
    const container = buildContainer({ ...input, annotations: [], modified: null }, "descriptions", 20);
    expect(container).toEqual({
      "@context": expect.any(Array),
      id: containerIri,
      type: ["BasicContainer", "AnnotationCollection"],
      total: 0,
      label: "Fact-checks",
    });
  });
});

describe("pages", () => {
  it("carry partOf, startIndex and prev/next links", () => {
    const page = buildPage(input, { page: 1, pageSize: 1, iris: false })!;
    expect(page).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${containerIri}?page=1&pageSize=1`,
      type: "AnnotationPage",
      partOf: { id: containerIri, type: "AnnotationCollection", total: annotations.length },
      startIndex: 1,
      prev: `${containerIri}?page=0&pageSize=1`,
      next: `${containerIri}?page=2&pageSize=1`,
    });
    expect(page.items).toHaveLength(1);
  });

  it("following next from the first page visits every annotation once, in order", () => {
    const ids: unknown[] = [];
    let ref: PageRef | null = { page: 0, pageSize: 2, iris: true };
    while (ref) {
      const page: Record<string, unknown> & { items: unknown[] } = buildPage(input, ref)!;
      ids.push(...page.items);
      ref =
        typeof page.next === "string" ? { ...ref, page: Number(new URL(page.next).searchParams.get("page")) } : null;
    }
    expect(ids).toEqual(annotations.map((a) => a.id));
  });

  it("is null past the end", () => {
    expect(buildPage(input, { page: annotations.length, pageSize: 1, iris: false })).toBeNull();
    expect(buildPage({ ...input, annotations: [] }, { page: 0, pageSize: 20, iris: false })).toBeNull();
  });
});
