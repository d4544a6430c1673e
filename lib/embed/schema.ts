import { z } from "zod";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { MAX_EMBED_DOMAINS, normalizeEmbedDomain } from "@/lib/http/embed-origin";
import { normalizeArticleUrl } from "@/lib/reader/canonical-url";
import { text } from "@/lib/validation/text";
import { errorKey } from "@/lib/i18n/error-text";

export const ORG_SLUG = /^[A-Za-z0-9_-]{1,100}$/;

// GET /api/public/reviews?org=<organization>&id=<article id> | &url=<canonical address>: the organization whose
// checks the embed shows (never another's), and one of the two, validated at the boundary.
// Every message starts with the parameter's name, and the 400 names it.
export const publicReviewsQuerySchema = z
  .object({
    org: text({ error: errorKey("embed.orgMissing") }).regex(ORG_SLUG, errorKey("embed.orgFormat")),
    id: text()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, errorKey("embed.idFormat"))
      .optional(),
    url: text()
      .max(2048, errorKey("embed.urlTooLong"))
      .refine((v) => normalizeArticleUrl(v) !== null, errorKey("embed.urlFormat"))
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.id && q.url) ctx.addIssue({ code: "custom", path: ["url"], message: errorKey("embed.urlAndId") });
    if (!q.id && !q.url) ctx.addIssue({ code: "custom", path: ["id"], message: errorKey("embed.idOrUrlMissing") });
  });

export type PublicReviewsQuery = z.infer<typeof publicReviewsQuerySchema>;

// The settings form: one publisher domain per line. Each line is checked on its own so the message names it.
export const embedDomainsSchema = z.object({
  domains: text()
    .max(20_000, errorKey("embed.domainListTooLong"))
    .transform((text, ctx) => {
      const lines = text
        .split(/\r\n?|\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      const stored: string[] = [];
      for (const line of lines) {
        const domain = normalizeEmbedDomain(line);
        if (!domain) {
          ctx.addIssue({
            code: "custom",
            message: errorKey("embed.notADomain"),
            params: { line: line.slice(0, 80) },
          });
          return z.NEVER;
        }
        if (!stored.includes(domain)) stored.push(domain);
      }
      if (stored.length > MAX_EMBED_DOMAINS) {
        ctx.addIssue({
          code: "custom",
          message: errorKey("embed.tooManyDomains"),
          params: { limit: MAX_EMBED_DOMAINS },
        });
        return z.NEVER;
      }
      return stored;
    }),
});

// Settings → Public pages and embed: the language readers get (reader pages, embed, badge, members' e-mails).
export const publicLanguageSchema = z.object({
  language: z.enum(INTERFACE_LOCALES, {
    error: errorKey("embed.publicLanguage"),
  }),
});
