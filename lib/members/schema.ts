import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";

export const resetPasswordSchema = z.object({
  userId: z.string().min(1, "No member was chosen."),
  password: passwordSchema,
});
