import { z } from "zod";
import { text } from "@/lib/validation/text";
import { errorKey } from "@/lib/i18n/error-text";

export const MAX_TOKEN_NAME_LENGTH = 80;

export const createApiTokenSchema = z.object({
  name: text({ error: errorKey("tokens.nameMissing") })
    .trim()
    .min(1, errorKey("tokens.nameMissing"))
    .max(MAX_TOKEN_NAME_LENGTH, errorKey("tokens.nameTooLong")),
});

export const revokeApiTokenSchema = z.object({
  tokenId: text({ error: errorKey("tokens.noneChosen") })
    .min(1, errorKey("tokens.noneChosen"))
    .max(64, errorKey("tokens.noneChosen")),
});
