import type { Metadata } from "next";
import { connection } from "next/server";
import "@fontsource-variable/inter";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "FactDesk", template: "%s · FactDesk" },
  description: "Fact-checking desk: highlight claims in news articles, rate them, cite experts and evidence, publish verdicts.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: a page built ahead of time would carry scripts without this response's CSP
  // nonce (proxy.ts), and the browser would refuse to run them.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
