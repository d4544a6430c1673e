// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// The interface language of each request and its message catalogue (lib/i18n, docs/languages.md)
const withNextIntl = createNextIntlPlugin("./lib/members/request-locale.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
// The Content-Security-Policy of every other path is set per request by proxy.ts (it carries a fresh script nonce):
// lib/security/content-security-policy.ts.
// The publisher badge (app/embed/badge) is framed by the sites on its organization's embed allow-list: no
// X-Frame-Options, and its route sends the whole Content-Security-Policy (frame-ancestors names those sites; a
// policy here would win over the route's own).
const framableHeaders = securityHeaders.filter((h) => h.key !== "X-Frame-Options");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // W3C annotation containers live at IRIs ending in "/" (LDP); proxy.ts keeps the usual redirect everywhere else.
  skipTrailingSlashRedirect: true,
  turbopack: { root: fileURLToPath(new URL(".", import.meta.url)) },
  // articles up to 5 MB (plus form overhead) travel through server actions
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pdfkit", "piscina", "linkedom", "jsdom"],
  async headers() {
    return [
      { source: "/((?!embed/badge/).*)", headers: securityHeaders },
      { source: "/embed/badge/:path*", headers: framableHeaders },
    ];
  },
};

export default withNextIntl(nextConfig);
