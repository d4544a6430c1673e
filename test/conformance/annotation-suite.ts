import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type AnySchemaObject, type ValidateFunction } from "ajv-draft-04";

// Test-only. Runs the W3C Web Annotation test-suite assertions (web-platform-
// tests, annotation-model/) against an annotation. Each assertion is a draft-04
// JSON Schema plus metadata (definitions/README-wpt.md):
//   assertionType  must | should | may   (default must): how much a miss matters
//   expectedResult valid | invalid       (default valid): what passing means
//   onUnexpectedResult                  how the WPT runner proceeds; every file
//                                       here is a flat list, so we only record it
// The suite is read at run time from ../shared/conformance; nothing is copied.

export type AssertionType = "must" | "should" | "may";

export type AssertionOutcome = {
  file: string;
  title: string;
  assertionType: AssertionType;
  passed: boolean;
  /** Why the assertion could not be run (an upstream schema that does not compile). */
  skipped?: string;
  errors?: string;
};

type Assertion = {
  file: string;
  title: string;
  assertionType: AssertionType;
  expectValid: boolean;
  validate?: ValidateFunction;
  skipped?: string;
};

const METADATA_KEYWORDS = ["assertionType", "expectedResult", "onUnexpectedResult", "errorMessage", "assertionFile"];

/** RFC 3986 absolute URI, checked loosely: scheme, then no characters a URI can never hold. */
function isUri(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i.test(text) && !/%(?![0-9a-f]{2})/i.test(text);
}

/** RFC 3339 date-time (what JSON Schema's "date-time" means), e.g. 2025-03-07T12:00:00.000Z. */
function isDateTime(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(text) &&
    !Number.isNaN(Date.parse(text))
  );
}

function readJsonFiles(dir: string): Array<{ name: string; json: AnySchemaObject }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, json: JSON.parse(readFileSync(path.join(dir, name), "utf8")) as AnySchemaObject }));
}

export function loadAnnotationSuite(root: string) {
  // strict: false because the upstream schemas carry quirks (a "$ref " key with a trailing space) that strict mode rejects.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addVocabulary(METADATA_KEYWORDS);
  ajv.addFormat("uri", isUri);
  ajv.addFormat("date-time", isDateTime);
  // Assertion files reference these by file name ("bodyTarget.json#/definitions/...").
  for (const { name, json } of readJsonFiles(path.join(root, "definitions"))) ajv.addSchema(json, name);

  const assertions: Assertion[] = [];
  for (const folder of ["annotations", path.join("annotations", "bodiesTargets")]) {
    for (const { name, json } of readJsonFiles(path.join(root, folder))) {
      const file = path.join(folder, name);
      // Three upstream files reuse or misspell another file's id; without an id the
      // relative $refs still resolve (the definitions are registered by bare name).
      const { id: _id, ...schema } = json;
      void _id;
      const assertion: Assertion = {
        file,
        title: String(json.title ?? name),
        assertionType: (json.assertionType ?? "must") as AssertionType,
        expectValid: (json.expectedResult ?? "valid") === "valid",
      };
      try {
        assertion.validate = ajv.compile(schema);
      } catch (error) {
        assertion.skipped = `does not compile: ${(error as Error).message}`;
      }
      assertions.push(assertion);
    }
  }

  return {
    assertions,
    run(annotation: unknown): AssertionOutcome[] {
      return assertions.map(({ file, title, assertionType, expectValid, validate, skipped }) => {
        if (!validate) return { file, title, assertionType, passed: false, skipped };
        const valid = validate(annotation) as boolean;
        const outcome: AssertionOutcome = { file, title, assertionType, passed: valid === expectValid };
        if (!outcome.passed) outcome.errors = ajv.errorsText(validate.errors, { separator: "; " });
        return outcome;
      });
    },
  };
}
