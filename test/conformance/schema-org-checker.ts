import { readFileSync } from "node:fs";

// Test-only. Checks JSON-LD against the schema.org vocabulary file (read at run
// time, never copied into the repo): every @type is a schema.org class, every
// property is a schema.org property whose domainIncludes covers the node's type
// or one of its supertypes, and every value fits one of its rangeIncludes.

type Term = {
  parents: string[];
  domains: string[];
  ranges: string[];
  isClass: boolean;
  isDataType: boolean;
  isProperty: boolean;
  pending: boolean;
  superseded: boolean;
};
export type SchemaOrgVocabulary = Map<string, Term>;

/** Terms from another vocabulary we knowingly use, by compact key ("hydra:view"), and how to check their values. */
export type ExtensionTerms = { types: string[]; properties: Record<string, "integer" | "node" | "reference"> };

export type CheckResult = { problems: string[]; pendingTerms: Set<string> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

function ids(value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === "object" && item && "@id" in item ? String(item["@id"]) : String(item)));
}

export function loadSchemaOrgVocabulary(file: string): SchemaOrgVocabulary {
  const graph = (JSON.parse(readFileSync(file, "utf8")) as { "@graph": Record<string, unknown>[] })["@graph"];
  const vocabulary: SchemaOrgVocabulary = new Map();
  for (const node of graph) {
    const id = String(node["@id"]);
    if (!id.startsWith("schema:")) continue;
    const types = ids(node["@type"]);
    vocabulary.set(id.slice("schema:".length), {
      parents: ids(node["rdfs:subClassOf"])
        .filter((p) => p.startsWith("schema:"))
        .map((p) => p.slice(7)),
      domains: ids(node["schema:domainIncludes"]).map((d) => d.slice(7)),
      ranges: ids(node["schema:rangeIncludes"]).map((r) => r.slice(7)),
      isClass: types.includes("rdfs:Class"),
      isDataType: types.includes("schema:DataType"),
      isProperty: types.includes("rdf:Property"),
      pending: ids(node["schema:isPartOf"]).includes("https://pending.schema.org"),
      superseded: node["schema:supersededBy"] !== undefined,
    });
  }
  return vocabulary;
}

/** The class and all its supertypes (rdfs:subClassOf, transitively). */
export function listAncestors(vocabulary: SchemaOrgVocabulary, type: string): Set<string> {
  const seen = new Set<string>();
  const queue = [type];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    queue.push(...(vocabulary.get(current)?.parents ?? []));
  }
  return seen;
}

function isAbsoluteUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}

export function checkSchemaOrgJsonLd(
  doc: unknown,
  vocabulary: SchemaOrgVocabulary,
  extension?: ExtensionTerms,
): CheckResult {
  const problems: string[] = [];
  const pendingTerms = new Set<string>();

  function note(term: string, path: string) {
    const entry = vocabulary.get(term);
    if (entry?.pending) pendingTerms.add(term);
    if (entry?.superseded) problems.push(`${path}: "${term}" is superseded in schema.org`);
  }

  function fitsString(value: string, ranges: string[]): boolean {
    return ranges.some((range) => {
      const kinds = listAncestors(vocabulary, range);
      if (range === "URL") return isAbsoluteUrl(value);
      if (range === "Date") return DATE.test(value) && !Number.isNaN(Date.parse(value));
      if (range === "DateTime") return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
      return kinds.has("Text");
    });
  }

  function checkValue(value: unknown, ranges: string[], path: string) {
    if (Array.isArray(value)) return value.forEach((item, i) => checkValue(item, ranges, `${path}[${i}]`));
    if (typeof value === "string") {
      if (!fitsString(value, ranges))
        problems.push(`${path}: string ${JSON.stringify(value)} fits none of ${ranges.join(", ")}`);
    } else if (typeof value === "number") {
      const ok =
        ranges.includes("Number") ||
        ranges.includes("Float") ||
        (ranges.includes("Integer") && Number.isInteger(value));
      if (!ok) problems.push(`${path}: number ${value} fits none of ${ranges.join(", ")}`);
    } else if (typeof value === "boolean") {
      if (!ranges.includes("Boolean")) problems.push(`${path}: boolean fits none of ${ranges.join(", ")}`);
    } else if (typeof value === "object" && value !== null) {
      const node = value as Record<string, unknown>;
      if (node["@type"] === undefined && node["@id"] !== undefined) return; // a reference by IRI
      const types = ids(node["@type"]);
      const fits = types.some((type) =>
        [...listAncestors(vocabulary, type)].some((ancestor) => ranges.includes(ancestor)),
      );
      if (!fits) problems.push(`${path}: a ${types.join("/")} fits none of ${ranges.join(", ")}`);
      checkNode(node, path);
    } else {
      problems.push(`${path}: unexpected ${typeof value}`);
    }
  }

  function checkExtension(key: string, value: unknown, path: string) {
    const kind = extension?.properties[key];
    if (!kind) return problems.push(`${path}: "${key}" is neither schema.org nor a documented extension term`);
    if (kind === "integer" && !Number.isInteger(value)) problems.push(`${path}: expected an integer`);
    if (
      kind === "reference" &&
      !(typeof value === "object" && value && isAbsoluteUrl(String((value as { "@id"?: unknown })["@id"])))
    ) {
      problems.push(`${path}: expected {"@id": absolute URL}`);
    }
    if (kind === "node") checkNode(value as Record<string, unknown>, path);
  }

  function checkNode(node: Record<string, unknown>, path: string) {
    const types = ids(node["@type"]);
    if (types.length === 0) problems.push(`${path}: node without @type`);
    for (const type of types) {
      if (extension?.types.includes(type)) continue;
      const entry = vocabulary.get(type);
      const isDataType = [...listAncestors(vocabulary, type)].some((ancestor) => vocabulary.get(ancestor)?.isDataType);
      if (!entry?.isClass || isDataType) problems.push(`${path}: @type "${type}" is not a schema.org class`);
      note(type, path);
    }
    const typeAncestors = new Set(types.flatMap((type) => [...listAncestors(vocabulary, type)]));
    for (const [key, value] of Object.entries(node)) {
      const at = `${path}.${key}`;
      if (key === "@type" || key === "@id" || (key === "@context" && path === "$")) continue;
      if (key.startsWith("@")) {
        problems.push(`${at}: unexpected JSON-LD keyword`);
        continue;
      }
      if (key.includes(":")) {
        checkExtension(key, value, at);
        continue;
      }
      const property = vocabulary.get(key);
      if (!property?.isProperty) {
        problems.push(`${at}: "${key}" is not a schema.org property`);
        continue;
      }
      note(key, at);
      if (!property.domains.some((domain) => typeAncestors.has(domain))) {
        problems.push(
          `${at}: "${key}" is not defined for ${types.join("/")} (domainIncludes: ${property.domains.join(", ")})`,
        );
      }
      checkValue(value, property.ranges, at);
    }
  }

  if (typeof doc !== "object" || doc === null) problems.push("$: not an object");
  else checkNode(doc as Record<string, unknown>, "$");
  return { problems, pendingTerms };
}
