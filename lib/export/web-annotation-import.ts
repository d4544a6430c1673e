import { z } from "zod";
import { formatIssuePath } from "@/lib/errors";
import { invalidDocumentError, toInvalidDocumentError } from "@/lib/export/report-model";
import { ANNOTATION_CONTEXT } from "@/lib/export/web-annotation";
import { text } from "@/lib/validation/text";

// Reads a W3C Web Annotation posted by an outside client (a browser extension,
// another annotation server) so it can become a draft claim. Only what a draft
// needs is kept: where the text is, and the text and links of the bodies.
// Errors name the offending field, e.g. "target.selector[0].exact".

// Generous for real quotes and notes; small enough that one POST cannot bloat the desk.
const MAX_QUOTE_CHARS = 10_000;
const MAX_CONTEXT_CHARS = 1_000;
const MAX_BODY_CHARS = 20_000;
const MAX_BODIES = 50;

export type ImportedAnnotation = {
  id: string | null;
  /** IRI of the annotated document, when the target names one. */
  source: string | null;
  quote: { exact: string; prefix: string; suffix: string };
  /** W3C positions, in Unicode code points (see text-offsets.ts to get string indexes). */
  position: { start: number; end: number } | null;
  motivations: string[];
  texts: Array<{ value: string; purposes: string[]; format: string | null }>;
  links: Array<{ url: string; purposes: string[] }>;
};

const iri = text().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, "expected an absolute IRI");
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]));
const keywords = oneOrMany(text());

const envelopeSchema = z.looseObject({
  "@context": oneOrMany(z.unknown()).refine(
    (list) => list.includes(ANNOTATION_CONTEXT),
    `must include "${ANNOTATION_CONTEXT}"`,
  ),
  id: iri.optional(),
  type: keywords.refine((types) => types.includes("Annotation"), 'must include "Annotation"'),
  motivation: keywords.optional(),
  target: z.unknown().refine((value) => value !== undefined, "is required"),
  body: z.unknown().optional(),
  bodyValue: text().max(MAX_BODY_CHARS).optional(),
});

const quoteSelectorSchema = z.looseObject({
  type: z.literal("TextQuoteSelector"),
  exact: text().min(1, "must not be empty").max(MAX_QUOTE_CHARS),
  prefix: text().max(MAX_CONTEXT_CHARS).optional(),
  suffix: text().max(MAX_CONTEXT_CHARS).optional(),
});

const positionSelectorSchema = z
  .looseObject({ type: z.literal("TextPositionSelector"), start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((selector) => selector.end > selector.start, { message: "end must be greater than start", path: ["end"] });

const specificTargetSchema = z.looseObject({
  source: z.union([iri, z.looseObject({ id: iri })]).optional(),
  selector: oneOrMany(z.looseObject({ type: text() })),
});

const textBodySchema = z.looseObject({
  value: text().max(MAX_BODY_CHARS),
  purpose: keywords.optional(),
  format: text().optional(),
});

const linkBodySchema = z.union([
  iri.transform((url) => ({ url, purposes: [] as string[] })),
  z
    .looseObject({ source: z.union([iri, z.looseObject({ id: iri })]), purpose: keywords.optional() })
    .transform((b) => ({
      url: typeof b.source === "string" ? b.source : b.source.id,
      purposes: b.purpose ?? [],
    })),
  z.looseObject({ id: iri, purpose: keywords.optional() }).transform((b) => ({ url: b.id, purposes: b.purpose ?? [] })),
]);

/** Parses `value` with `schema`, reporting failures at `path` inside the annotation. */
function parseAt<T extends z.ZodType>(schema: T, value: unknown, path: readonly PropertyKey[]): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
  throw toInvalidDocumentError("annotation", error);
}

function findTarget(target: unknown) {
  const candidates = Array.isArray(target) ? target : [target];
  const index = candidates.findIndex(
    (candidate) => typeof candidate === "object" && candidate !== null && "selector" in candidate,
  );
  if (index < 0) {
    throw invalidDocumentError(
      "target",
      "Invalid annotation at target: expected a SpecificResource with a TextQuoteSelector",
    );
  }
  const path = Array.isArray(target) ? ["target", index] : ["target"];
  const parsed = parseAt(specificTargetSchema, candidates[index], path);
  return { target: parsed, path, selectorIsList: Array.isArray((candidates[index] as { selector: unknown }).selector) };
}

function parseBodies(body: unknown, bodyValue: string | undefined): Pick<ImportedAnnotation, "texts" | "links"> {
  const texts: ImportedAnnotation["texts"] = [];
  const links: ImportedAnnotation["links"] = [];
  if (bodyValue !== undefined) texts.push({ value: bodyValue, purposes: [], format: "text/plain" });
  const list = body === undefined ? [] : Array.isArray(body) ? body : [body];
  if (list.length > MAX_BODIES)
    throw invalidDocumentError("body", `Invalid annotation at body: at most ${MAX_BODIES} bodies are accepted`);
  list.forEach((item, index) => {
    const path = Array.isArray(body) ? ["body", index] : ["body"];
    if (typeof item === "object" && item !== null && "value" in item) {
      const text = parseAt(textBodySchema, item, path);
      texts.push({ value: text.value, purposes: text.purpose ?? [], format: text.format ?? null });
    } else {
      links.push(parseAt(linkBodySchema, item, path));
    }
  });
  return { texts, links };
}

/** Validates an incoming annotation and extracts its selectors and bodies; throws AppError INVALID naming the field (details.path). */
export function parseAnnotation(json: unknown): ImportedAnnotation {
  const envelope = parseAt(envelopeSchema, json, []);
  if (envelope.body !== undefined && envelope.bodyValue !== undefined) {
    throw invalidDocumentError(
      "bodyValue",
      "Invalid annotation at bodyValue: an annotation must not have both body and bodyValue",
    );
  }
  const { target, path, selectorIsList } = findTarget(envelope.target);

  let quote: ImportedAnnotation["quote"] | null = null;
  let position: ImportedAnnotation["position"] = null;
  // Other selector kinds (CSS, XPath, ranges) are allowed but not needed to anchor in plain text.
  for (const [index, selector] of target.selector.entries()) {
    const at = [...path, "selector", ...(selectorIsList ? [index] : [])];
    if (selector.type === "TextQuoteSelector" && !quote) {
      const parsed = parseAt(quoteSelectorSchema, selector, at);
      quote = { exact: parsed.exact, prefix: parsed.prefix ?? "", suffix: parsed.suffix ?? "" };
    } else if (selector.type === "TextPositionSelector" && !position) {
      const parsed = parseAt(positionSelectorSchema, selector, at);
      position = { start: parsed.start, end: parsed.end };
    }
  }
  if (!quote) {
    const at = formatIssuePath([...path, "selector"]);
    throw invalidDocumentError(at, `Invalid annotation at ${at}: a TextQuoteSelector is required`);
  }

  const source =
    target.source === undefined ? null : typeof target.source === "string" ? target.source : target.source.id;
  return {
    id: envelope.id ?? null,
    source,
    quote,
    position,
    motivations: envelope.motivation ?? [],
    ...parseBodies(envelope.body, envelope.bodyValue),
  };
}
