import { createHash, randomBytes } from "node:crypto";

// Invitation, first-run setup and password-reset links carry a random token; only its SHA-256 is stored, so a copy
// of the database (a backup, a read replica) cannot be used to take over an account. 32 random bytes make guessing
// hopeless, which is why a plain hash (no salt, no slow hash) is enough here.
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function generateOneTimeToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A link's token as it came in: anything not shaped like one of ours is simply not a valid link. */
export function isOneTimeTokenShaped(token: unknown): token is string {
  return typeof token === "string" && TOKEN_SHAPE.test(token);
}
