import { describeBadCharacter } from "@/lib/validation/text";

// The one check for addresses (proxy.ts runs it on every request before anything else): a path segment or query
// parameter that decodes to a NUL byte or half of a surrogate pair, or whose %-escapes do not decode at all, gets a
// 400 naming the problem instead of reaching a handler (where PostgreSQL refused the NUL and the desk answered 503).
// Auth.js's callbackUrl must be a page of this site: "javascript:" and other sites are refused here too.

const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, " "));

function problemIn(part: string, where: string): string | null {
  let decoded: string;
  try {
    decoded = decode(part);
  } catch {
    return `${where} has a broken %-escape (it does not decode to UTF-8 text).`;
  }
  const bad = describeBadCharacter(decoded);
  return bad ? `${where} contains ${bad}, which no address may hold.` : null;
}

/** Whether a callbackUrl keeps the person on this site: a path ("/articles"), or an address on one of `origins`. */
export function isSameSiteCallback(value: string, origins: string | readonly string[]): boolean {
  if (/^\/(?![/\\])/.test(value)) return !/[\u0000-\u001f\\]/.test(value);
  try {
    return ([] as string[]).concat(origins).includes(new URL(value).origin);
  } catch {
    return false;
  }
}

/** The first problem with an address (pathname and search as sent, still %-encoded), or null when it is fine. */
export function findBadCharacterInUrl(
  pathname: string,
  search: string,
  origins: string | readonly string[],
): { parameter: string; message: string } | null {
  for (const segment of pathname.split("/")) {
    const problem = problemIn(segment, "The address");
    if (problem) return { parameter: "path", message: problem };
  }
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const [rawKey, ...rest] = pair.split("=");
    const keyProblem = problemIn(rawKey, "A query parameter's name");
    if (keyProblem) return { parameter: "query", message: keyProblem };
    const key = decode(rawKey);
    const valueProblem = problemIn(rest.join("="), `The query parameter ${key}`);
    if (valueProblem) return { parameter: key, message: valueProblem };
    if (key === "callbackUrl" && !isSameSiteCallback(decode(rest.join("=")), origins)) {
      return { parameter: key, message: "callbackUrl must be a page of this site, such as /articles." };
    }
  }
  return null;
}
