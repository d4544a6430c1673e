"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

const noSubscription = () => () => {};
// The page's request id, which the root layout puts in <meta name="request-id"> (scripts/server.mjs makes it).
const readRequestId = () => document.querySelector('meta[name="request-id"]')?.getAttribute("content") ?? null;

/**
 * What a person quotes when they report a failed page: the request id and Next's error digest. The server's error
 * log line carries both (lib/operations/request-context.ts), so either finds it.
 */
export function ErrorReference({ digest, style }: { digest?: string; style?: React.CSSProperties }) {
  const t = useTranslations("ui.errorReference");
  const requestId = useSyncExternalStore(noSubscription, readRequestId, () => null);
  if (!requestId && !digest) return null;
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <p className="mt-4 text-sm text-muted" style={style}>
      {requestId && digest
        ? t.rich("both", { requestId, digest, code })
        : requestId
          ? t.rich("request", { requestId, code })
          : t.rich("digest", { digest: digest ?? "", code })}
    </p>
  );
}
