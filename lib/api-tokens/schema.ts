import { z } from "zod";
import { text } from "@/lib/validation/text";

export const MAX_TOKEN_NAME_LENGTH = 80;

export const createApiTokenSchema = z.object({
  name: text({ error: "Give the token a name, such as the app that will use it." })
    .trim()
    .min(1, "Give the token a name, such as the app that will use it.")
    .max(MAX_TOKEN_NAME_LENGTH, `Token names can be at most ${MAX_TOKEN_NAME_LENGTH} characters.`),
});

export const revokeApiTokenSchema = z.object({
  tokenId: text({ error: "No token was chosen." }).min(1, "No token was chosen.").max(64, "No token was chosen."),
});
