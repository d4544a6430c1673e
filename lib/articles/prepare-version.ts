import "server-only";
import { runHeavyJob } from "@/lib/workers/pool";
import { prepareVersionText, type PreparedText } from "./version-text";

/** Below this many characters the text is prepared here (milliseconds); above it, on a worker thread. */
export const INLINE_VERSION_CHARS = 32 * 1024;
/** A 5 MB text takes a few seconds; past this it is stopped. */
const PREPARE_TIMEOUT_MS = 60_000;

/**
 * The canonical text and claim suggestions of a new version, computed before its transaction opens: on the embedded
 * database a transaction holds the only connection, so CPU work inside one makes every other request wait.
 */
export async function prepareVersion(raw: string): Promise<PreparedText> {
  if (raw.length < INLINE_VERSION_CHARS) return prepareVersionText(raw);
  return runHeavyJob("versionText", { raw }, { label: "prepareText", timeoutMs: PREPARE_TIMEOUT_MS });
}
