import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

import { MIN_PASSWORD_LENGTH } from "./passwords-policy";
import { errorKey } from "@/lib/i18n/error-text";
export { MIN_PASSWORD_LENGTH };

export const passwordSchema = z
  .string({ error: errorKey("passwords.missing") })
  .min(MIN_PASSWORD_LENGTH, errorKey("passwords.tooShort"))
  .max(200, errorKey("passwords.tooLong"));

// OWASP's minimum for argon2id (Password Storage Cheat Sheet): 19 MiB of memory, 2 passes, 1 lane. Never go below.
export const OWASP_ARGON2ID_MINIMUM = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// argon2id at that minimum: ~35 ms of one core here (`npm run bench:signin`, "verify"), slow enough for offline
// attacks. Stronger settings cost every sign-in that much more. Changing them is safe: a hash made with other
// settings still verifies (they are stored in the hash) and is replaced at its owner's next sign-in (needsRehash).
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum of @node-rs/argon2)
export const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, ...OWASP_ARGON2ID_MINIMUM } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** The settings a stored hash was made with (the PHC string: `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`). */
export function hashSettingsOf(
  passwordHash: string,
): { variant: string; memoryCost: number; timeCost: number; parallelism: number } | null {
  const match = /^\$(argon2(?:id|i|d))\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return null;
  return { variant: match[1], memoryCost: Number(match[2]), timeCost: Number(match[3]), parallelism: Number(match[4]) };
}

/** Whether a stored hash was made with other settings than today's and should be replaced (after a successful check). */
export function needsRehash(passwordHash: string): boolean {
  const settings = hashSettingsOf(passwordHash);
  return (
    settings === null ||
    settings.variant !== "argon2id" ||
    settings.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
    settings.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
    settings.parallelism !== PASSWORD_HASH_OPTIONS.parallelism
  );
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a dummy hash when the account does not exist keeps response times alike, so timing does not
// reveal whether an e-mail address has an account.
// Made once per process; warmUpSignIn() (lib/auth/warm-up.ts) makes it at start, so the first unknown account is
// not answered a hash slower than a known one.
let dummyHash: Promise<string> | undefined;
function verificationDummy(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-but-long-enough");
  return dummyHash;
}

export async function burnVerificationTime(password: string): Promise<void> {
  await verifyPassword(await verificationDummy(), password);
}

/** Makes the dummy hash and runs one verification against it (argon2's threads and memory), before any sign-in. */
export async function prepareVerificationDummy(): Promise<void> {
  await burnVerificationTime("warm-up");
}

/** Whether the dummy hash is made already (for tests of the warm-up). */
export function isVerificationDummyReady(): boolean {
  return dummyHash !== undefined;
}
