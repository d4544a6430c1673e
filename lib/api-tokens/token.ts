import { createHash, randomBytes } from "node:crypto";

// Organization API tokens: "fdk_" + 32 random bytes (base64url). The prefix lets secret scanners and people
// recognise a leaked token. Only the SHA-256 of a token is stored: with 256 random bits there is nothing to
// brute-force, so a slow password hash would add cost and no safety.

export const API_TOKEN_PREFIX = "fdk_";
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^fdk_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isApiTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** The token of an `Authorization: Bearer fdk_…` header (RFC 6750), or null when there is none of our shape. */
export function readBearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization?.trim() ?? "");
  return match && isApiTokenShape(match[1]) ? match[1] : null;
}
