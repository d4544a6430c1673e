import { anchorSelectors, describeRanges } from "@/lib/anchoring/anchor";
import type { Selector } from "@/lib/anchoring/selectors";
import { MAX_CITATIONS } from "@/lib/claims/schema";
import { AppError } from "@/lib/errors";
import { invalidDocumentError } from "@/lib/export/report-model";
import { toUtf16Offset } from "@/lib/export/text-offsets";
import { parseAnnotation, type ImportedAnnotation } from "@/lib/export/web-annotation-import";
import { findMarkdownProblem } from "@/lib/text/bounds";
import type { ImportScale, PlannedClaim } from "./import-plan";

// Pure: W3C Web Annotations → draft claims of a new article. Each annotation is anchored in the text with the
// same matcher the desk uses after an edit; one that does not anchor (or anchors in several places) is skipped
// and reported, never guessed.

export const MAX_IMPORTED_ANNOTATIONS = 2_000;

export type SkippedAnnotation = { index: number; quote: string; reason: "orphaned" | "ambiguous" };
export type AnnotationPlan = { claims: PlannedClaim[]; skipped: SkippedAnnotation[] };

/** Parses every annotation, naming the first bad field with its index: annotations[3].target.selector[0].exact. */
export function parseAnnotations(annotations: unknown[]): ImportedAnnotation[] {
  if (annotations.length === 0) throw invalidDocumentError("annotations", "The file holds no annotations.");
  if (annotations.length > MAX_IMPORTED_ANNOTATIONS) {
    throw invalidDocumentError(
      "annotations",
      `The file holds ${annotations.length} annotations; at most ${MAX_IMPORTED_ANNOTATIONS.toLocaleString("en")} can be imported at once.`,
    );
  }
  return annotations.map((annotation, index) => {
    try {
      return parseAnnotation(annotation);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const inner = typeof e.details?.path === "string" ? e.details.path : "(root)";
      const path =
        inner === "(root)"
          ? `annotations[${index}]`
          : `annotations[${index}]${inner.startsWith("[") ? "" : "."}${inner}`;
      throw invalidDocumentError(path, e.message.replace(`at ${inner}`, `at ${path}`));
    }
  });
}

/** Selectors as the desk stores them: positions converted from W3C code points to string indexes. */
function toSelectors(text: string, annotation: ImportedAnnotation): Selector[] {
  const selectors: Selector[] = [{ type: "TextQuoteSelector", ...annotation.quote }];
  if (annotation.position) {
    selectors.push({
      type: "TextPositionSelector",
      start: toUtf16Offset(text, annotation.position.start),
      end: toUtf16Offset(text, annotation.position.end),
    });
  }
  return selectors;
}

/** An "assessing" body naming a usable option of the scale becomes the verdict; the Markdown description its rationale. */
function findVerdict(annotation: ImportedAnnotation, scale: ImportScale | null): PlannedClaim["verdict"] {
  const assessing = annotation.texts.find((t) => t.purposes.includes("assessing"));
  const option = assessing && scale?.options.find((o) => !o.retired && o.label === assessing.value.trim());
  if (!option) return null;
  const rationale =
    annotation.texts.find((t) => t.purposes.includes("describing") && t.format === "text/markdown")?.value ?? "";
  return { optionId: option.id, rationale };
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && !/\s/.test(url);
  } catch {
    return false;
  }
}

export function planAnnotationClaims(
  text: string,
  annotations: ImportedAnnotation[],
  scale: ImportScale | null,
): AnnotationPlan {
  const claims: Omit<PlannedClaim, "selectors">[] = [];
  const skipped: SkippedAnnotation[] = [];
  annotations.forEach((annotation, index) => {
    // checked before anchoring, so a file that carries such text is refused whole whether or not that one anchors
    const verdict = findVerdict(annotation, scale);
    const problem = verdict && findMarkdownProblem(verdict.rationale);
    if (problem)
      throw invalidDocumentError(
        `annotations[${index}].body`,
        `Invalid annotation at annotations[${index}].body: the rationale ${problem}.`,
      );
    const anchored = anchorSelectors(text, toSelectors(text, annotation));
    if (anchored.status !== "anchored") {
      skipped.push({ index, quote: annotation.quote.exact, reason: anchored.status });
      return;
    }
    const links = [...new Set(annotation.links.map((l) => l.url).filter(isWebUrl))];
    claims.push({
      start: anchored.start,
      end: anchored.end,
      quote: text.slice(anchored.start, anchored.end),
      needsReanchor: false,
      claimant: null,
      claimDate: null,
      claimContext: null,
      verdict,
      citations: links.slice(0, MAX_CITATIONS).map((url) => ({
        kind: "OTHER",
        url,
        quote: null,
        sourceTitle: null,
        publisher: null,
        accessedAt: null,
        saidAt: null,
        saidWhere: null,
        expert: null,
      })),
    });
  });
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  // every quote counted in one pass over the text (thousands of annotations on one long article)
  const described = describeRanges(text, claims);
  return { claims: claims.map((claim, index) => ({ ...claim, selectors: described[index] })), skipped };
}
