import { ANNOTATION_CONTEXT } from "@/lib/export/web-annotation";

// The W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/) as data and small pure parsers:
// media types, LDP vocabulary, Accept negotiation, Prefer and Content-Type. No I/O here.

export const ANNOTATION_MEDIA_TYPE = `application/ld+json; profile="${ANNOTATION_CONTEXT}"`;
export const LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";

const LDP_NS = "http://www.w3.org/ns/ldp#";
export const LDP = {
  basicContainer: `${LDP_NS}BasicContainer`,
  resource: `${LDP_NS}Resource`,
  constrainedBy: `${LDP_NS}constrainedBy`,
  preferMinimalContainer: `${LDP_NS}PreferMinimalContainer`,
  preferContainedIris: `${LDP_NS}PreferContainedIRIs`,
  preferContainedDescriptions: `${LDP_NS}PreferContainedDescriptions`,
} as const;

export const CONTAINER_ALLOW = "GET, HEAD, OPTIONS, POST";
export const ANNOTATION_ALLOW = "GET, HEAD, OPTIONS, PUT, DELETE";
export const PAGE_ALLOW = "GET, HEAD, OPTIONS";
export const CONTAINER_LINK = `<${LDP.basicContainer}>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="${LDP.constrainedBy}"`;
export const ANNOTATION_LINK = `<${LDP.resource}>; rel="type"`;

type HeaderElement = { value: string; params: Map<string, string> };

/** Splits on `separator` outside double quotes: `a; profile="x, y", b` is two elements, not three. */
function splitOutsideQuotes(input: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (char === "\\" && quoted && i + 1 < input.length) {
      current += char + input[i + 1];
      i += 1;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const unquote = (value: string) =>
  value.startsWith('"') && value.endsWith('"') && value.length >= 2
    ? value.slice(1, -1).replace(/\\(.)/g, "$1")
    : value;

/** `type/sub; a=1; b="x y", other` → elements with lower-cased names and unquoted parameter values. */
export function parseHeaderElements(header: string | null | undefined): HeaderElement[] {
  if (!header) return [];
  return splitOutsideQuotes(header, ",").map((element) => {
    const [value, ...rawParams] = splitOutsideQuotes(element, ";");
    const params = new Map<string, string>();
    for (const raw of rawParams) {
      const eq = raw.indexOf("=");
      if (eq < 0) params.set(raw.toLowerCase(), "");
      else params.set(raw.slice(0, eq).trim().toLowerCase(), unquote(raw.slice(eq + 1).trim()));
    }
    return { value: (value ?? "").toLowerCase(), params };
  });
}

/** A JSON-LD profile list we can honour: our own context, or the compacted form (which is what we send). */
function isServableProfile(profile: string | undefined): boolean {
  if (profile === undefined) return true;
  return profile.split(/\s+/).some((p) => p === ANNOTATION_CONTEXT || p === "http://www.w3.org/ns/json-ld#compacted");
}

function qualityOf(element: HeaderElement): number {
  const q = Number(element.params.get("q") ?? "1");
  return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
}

/** The q the client gives an offer: the most specific matching range decides (RFC 9110 §12.5.1). */
function qualityFor(ranges: HeaderElement[], type: string, matchesExact: (r: HeaderElement) => boolean): number {
  const [major] = type.split("/");
  let best = { specificity: -1, q: 0 };
  for (const range of ranges) {
    let specificity = -1;
    if (range.value === type && matchesExact(range)) specificity = range.params.has("profile") ? 3 : 2;
    else if (range.value === `${major}/*`) specificity = 1;
    else if (range.value === "*/*") specificity = 0;
    if (specificity > best.specificity) best = { specificity, q: qualityOf(range) };
  }
  return best.q;
}

/**
 * The media type to answer with for an Accept header, or null for 406. JSON-LD with the annotation profile is
 * the default and wins ties; plain application/json is served when only it is acceptable.
 */
export function negotiateMediaType(accept: string | null | undefined): string | null {
  const ranges = parseHeaderElements(accept);
  if (ranges.length === 0) return ANNOTATION_MEDIA_TYPE;
  const ld = qualityFor(ranges, "application/ld+json", (r) => isServableProfile(r.params.get("profile")));
  const json = qualityFor(ranges, "application/json", () => true);
  if (ld <= 0 && json <= 0) return null;
  return ld >= json ? ANNOTATION_MEDIA_TYPE : "application/json";
}

export type ContainerPreference = "minimal" | "iris" | "descriptions";

/**
 * Reads `Prefer: return=representation; include="…"` (LDP, RFC 7240). Minimal wins over IRIs over descriptions
 * when several are included; omitting descriptions means IRIs, omitting both means minimal. `applied` says
 * whether a container preference was recognised, i.e. whether to answer Preference-Applied.
 */
export function parseContainerPreference(prefer: string | null | undefined): {
  preference: ContainerPreference;
  applied: boolean;
} {
  const representation = parseHeaderElements(prefer).find(
    (p) => p.value.replace(/\s+/g, "") === "return=representation",
  );
  if (!representation) return { preference: "descriptions", applied: false };
  const iris = (name: string) => new Set((representation.params.get(name) ?? "").split(/\s+/).filter(Boolean));
  const include = iris("include");
  const omit = iris("omit");
  if (include.has(LDP.preferMinimalContainer)) return { preference: "minimal", applied: true };
  if (include.has(LDP.preferContainedIris)) return { preference: "iris", applied: true };
  if (include.has(LDP.preferContainedDescriptions)) return { preference: "descriptions", applied: true };
  if (omit.has(LDP.preferContainedDescriptions))
    return { preference: omit.has(LDP.preferContainedIris) ? "minimal" : "iris", applied: true };
  return { preference: "descriptions", applied: false };
}

/** Whether a request body's Content-Type is an annotation we read: JSON-LD (no other profile) or plain JSON. */
export function isAnnotationContentType(contentType: string | null | undefined): boolean {
  const [element] = parseHeaderElements(contentType);
  if (!element) return false;
  if (element.value === "application/json") return true;
  return element.value === "application/ld+json" && isServableProfile(element.params.get("profile"));
}
