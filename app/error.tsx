"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorReference } from "@/components/ui/error-reference";

// A page that failed on the server. In production the browser never sees the error itself (no stack trace, no
// message), so this says what is most likely and safe: a database that was briefly away. While an outage lasts,
// proxy.ts answers 503 before any page renders; this covers the requests caught in the moment it began.
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  const t = useTranslations("errors.page");
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-gray-700">{t("body")}</p>
      <ErrorReference digest={error.digest} />
      <Button className="mt-6" onClick={() => window.location.reload()}>
        {t("retry")}
      </Button>
    </main>
  );
}
