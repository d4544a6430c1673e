import { z } from "zod";
import { issueEnglish } from "@/lib/validation/issue-text";

// The only reader of process.env. Parsed lazily: `next build` runs without a database or secret.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set; start the app with `npm start` (embedded database) or set it." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  // unset: links are built per request by lib/operations/public-base-url.ts (local port, or a trusted proxy's host)
  PUBLIC_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: "PUBLIC_BASE_URL must be an absolute http(s) URL such as https://factcheck.example.org",
    })
    .optional(),
  // the port scripts/server.mjs listens on (it sets this itself)
  PORT: z.coerce.number({ error: "PORT must be a port number" }).int().min(0).max(65535).default(3000),
  ALLOW_PRIVATE_URL_IMPORT: z
    .enum(["true", "false"], { error: "ALLOW_PRIVATE_URL_IMPORT must be true or false" })
    .default("false")
    .transform((v) => v === "true"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // a streaming replica (hot standby) of DATABASE_URL; unset or empty: every read goes to the primary (lib/db-replica.ts)
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URL must start with postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // reverse proxies in front of the app that append to X-Forwarded-For; 0: none (scripts/server.mjs appends the socket's)
  // (the same rule as scripts/server/request-meta.mjs, which refuses a bad value when the server starts)
  TRUSTED_PROXY_HOPS: z
    .string()
    .trim()
    .regex(/^(10|\d)?$/, "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
    .optional()
    .transform((v) => (v ? Number(v) : 0)),
  // e-mail (invitations, password resets, digests); unset: the app shows links to the admin instead of sending them
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://...")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z
    .string()
    .trim()
    .min(3, 'MAIL_FROM must be an address such as "FactDesk <factdesk@example.org>"')
    .max(320)
    .optional(),
});

export type Env = z.infer<typeof envSchema>;
let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error in ${issue.path.join(".")}: ${issueEnglish(issue)}`);
  }
  return (cached = parsed.data);
}
