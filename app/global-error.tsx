"use client";

import { ErrorReference } from "@/components/ui/error-reference";

// The last resort when even the root layout failed: plain HTML, no app styles, never a stack trace.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "15vh auto", padding: "0 1rem" }}>
        <main>
          <h1>FactDesk could not load this page</h1>
          <p>
            The server could not finish this page, usually because the database was briefly unavailable. Nothing you
            saved was lost; try again in a moment.
          </p>
          <ErrorReference digest={error.digest} style={{ color: "#6b7280" }} />
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
