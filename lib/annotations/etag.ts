import { createHash } from "node:crypto";

// Strong entity tags (RFC 9110 §8.8.3). A representation's tag is a hash of its exact bytes, so two servers
// (or two requests) that build the same JSON agree without storing anything.

/** `"…"`: SHA-256 of `content`, base64url, cut to 22 characters (132 bits: collisions are out of reach). */
export function computeEtag(content: string): string {
  return `"${createHash("sha256").update(content, "utf8").digest("base64url").slice(0, 22)}"`;
}

// An opaque tag may itself contain commas, so the list is scanned for quoted tags rather than split.
const ENTITY_TAG = /(?:W\/)?"[^"]*"|\*/g;

function listTags(header: string | null | undefined): string[] {
  return header ? (header.match(ENTITY_TAG) ?? []) : [];
}

/** If-None-Match uses the weak comparison: W/"x" matches "x"; `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  const weakless = (tag: string) => tag.replace(/^W\//, "");
  return listTags(header).some((tag) => tag === "*" || weakless(tag) === weakless(etag));
}

/** If-Match uses the strong comparison: a weak tag never matches; `*` matches any current representation. */
export function matchesIfMatch(header: string | null | undefined, etag: string): boolean {
  return listTags(header).some((tag) => tag === "*" || (!tag.startsWith("W/") && tag === etag));
}
