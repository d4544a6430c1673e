import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Test-only. Third-party conformance data lives beside the repository
// (../shared/conformance), never inside it: it is large and has its own licences.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const CONFORMANCE_ROOT = path.resolve(REPO_ROOT, "..", "shared", "conformance");

/** Absolute path of `relative` inside the conformance folder, or null (with a warning) when it is missing. */
export function locateConformanceData(relative: string, what: string): string | null {
  const absolute = path.join(CONFORMANCE_ROOT, relative);
  if (existsSync(absolute)) return absolute;
  console.warn(
    `[conformance] ${what} skipped: ${absolute} is missing. ` +
      `The conformance folder (../shared/conformance next to the repository) holds the third-party data these tests check against; ` +
      `restore it to run them.`,
  );
  return null;
}
