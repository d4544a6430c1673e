import { z } from "zod";
import { errorKey } from "@/lib/i18n/error-text";

// Characters no text field may hold: NUL (PostgreSQL cannot store it in text, so it used to surface as a 503) and
// a lone UTF-16 surrogate (half of a pair: not a character at all; it cannot be encoded as UTF-8 and comes out as
// U+FFFD, so what is stored is not what was sent). One rule for every form field, query parameter, path segment
// and JSON body: schemas use text() below instead of z.string(), and proxy.ts checks every URL with
// findBadCharacterInUrl (lib/http/bad-characters.ts).
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function describeBadCharacter(value: string): string | null {
  const match = BAD_CHARACTER.exec(value);
  if (!match) return null;
  return match[0] === "\u0000" ? "a NUL byte" : "half of a surrogate pair (a broken character)";
}

export const hasBadCharacter = (value: string) => BAD_CHARACTER.test(value);

/** Which bad character a value holds, as the errors catalogue's `validation.badCharacter` names it. */
export function badCharacterKind(value: string): "nul" | "surrogate" | "other" {
  const match = BAD_CHARACTER.exec(value);
  return !match ? "other" : match[0] === "\u0000" ? "nul" : "surrogate";
}

/** The fields a bad-character message names (errors.validation.badCharacter's `field`); others say "This field". */
export type BadCharacterField = "feedAddress" | "title" | "field";

/**
 * z.string() that refuses NUL bytes and lone surrogates with a message naming the problem. Chain .min/.max/.trim/
 * .regex as on z.string(); `field` (the field as the person knows it) starts the message, as our other messages do.
 */
export function text(params?: Parameters<typeof z.string>[0], field: BadCharacterField = "field") {
  return z.string(params).superRefine((value, ctx) => {
    if (!hasBadCharacter(value)) return;
    ctx.addIssue({
      code: "custom",
      message: errorKey("validation.badCharacter"),
      params: { field, character: badCharacterKind(value) },
      input: value,
      continue: false,
    });
  });
}
