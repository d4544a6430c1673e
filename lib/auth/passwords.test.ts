import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import {
  hashPassword,
  hashSettingsOf,
  needsRehash,
  OWASP_ARGON2ID_MINIMUM,
  PASSWORD_HASH_OPTIONS,
  verifyPassword,
} from "./passwords";

const ARGON2ID = 2;

describe("password hashes", () => {
  // issue 17: making sign-in faster must never come from a weaker hash
  it("are argon2id at or above OWASP's minimum (19 MiB, 2 passes, 1 lane)", async () => {
    expect(OWASP_ARGON2ID_MINIMUM).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(PASSWORD_HASH_OPTIONS.algorithm).toBe(ARGON2ID);
    expect(PASSWORD_HASH_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(PASSWORD_HASH_OPTIONS.timeCost).toBeGreaterThanOrEqual(2);
    const settings = hashSettingsOf(await hashPassword("correct horse battery"));
    expect(settings?.variant).toBe("argon2id");
    expect(settings?.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(settings?.timeCost).toBeGreaterThanOrEqual(2);
  });

  it("made with other settings still verify, and are marked for replacement", async () => {
    const heavier = await hash("correct horse battery", { algorithm: ARGON2ID, memoryCost: 65_536, timeCost: 3 });
    const argon2i = await hash("correct horse battery", { algorithm: 1, memoryCost: 19_456, timeCost: 2 });
    for (const old of [heavier, argon2i]) {
      expect(await verifyPassword(old, "correct horse battery")).toBe(true);
      expect(await verifyPassword(old, "wrong horse battery")).toBe(false);
      expect(needsRehash(old)).toBe(true);
    }
    expect(needsRehash(await hashPassword("correct horse battery"))).toBe(false);
    expect(needsRehash("not a hash")).toBe(true);
  });
});
