"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
// The page's request id, which the root layout puts in <meta name="request-id"> (scripts/server.mjs makes it).
const readRequestId = () => document.querySelector('meta[name="request-id"]')?.getAttribute("content") ?? null;

/**
 * What a person quotes when they report a failed page: the request id and Next's error digest. The server's error
 * log line carries both (lib/operations/request-context.ts), so either finds it.
 */
export function ErrorReference({ digest, style }: { digest?: string; style?: React.CSSProperties }) {
  const requestId = useSyncExternalStore(noSubscription, readRequestId, () => null);
  if (!requestId && !digest) return null;
  return (
    <p className="mt-4 text-sm text-muted" style={style}>
      If you report this, quote:{" "}
      {requestId && (
        <>
          request <code>{requestId}</code>
        </>
      )}
      {requestId && digest && ", "}
      {digest && (
        <>
          error <code>{digest}</code>
        </>
      )}
    </p>
  );
}
