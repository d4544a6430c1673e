import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

import { MIN_PASSWORD_LENGTH } from "./passwords-policy";
export { MIN_PASSWORD_LENGTH };

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
  .max(200, "Passwords can be at most 200 characters long.");

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~30 ms here, slow enough for offline attacks.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
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
let dummyHash: Promise<string> | undefined;
export async function burnVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-but-long-enough");
  await verifyPassword(await dummyHash, password);
}
