"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { readDispositionFilename } from "@/lib/reports/download-name";

type Status =
  | { kind: "idle" }
  | { kind: "running"; seconds: number }
  | { kind: "done"; url: string; filename: string }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

// The PDF renders on a worker thread for up to a few seconds (600 claims). Fetched here rather than by a plain link
// so the person sees that it is being prepared and can cancel: aborting the request stops the worker's job.
export function PdfDownload({ articleId }: { articleId: string }) {
  const t = useTranslations("reports.pdf");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  const blobUrl = useRef<string | null>(null);
  const release = () => {
    if (blobUrl.current) URL.revokeObjectURL(blobUrl.current);
    blobUrl.current = null;
  };
  useEffect(
    () => () => {
      abort.current?.abort();
      release();
    },
    [],
  );

  async function run() {
    release();
    const controller = new AbortController();
    abort.current = controller;
    const started = Date.now();
    setStatus({ kind: "running", seconds: 0 });
    const tick = setInterval(
      () => setStatus({ kind: "running", seconds: Math.floor((Date.now() - started) / 1000) }),
      1000,
    );
    try {
      const response = await fetch(`/api/articles/${encodeURIComponent(articleId)}/report?format=pdf`, {
        signal: controller.signal,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        setStatus({ kind: "error", message: body?.message ?? t("failed", { status: response.status }) });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      blobUrl.current = url;
      const filename = readDispositionFilename(response.headers.get("Content-Disposition")) ?? "review.pdf";
      setStatus({ kind: "done", url, filename });
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      link.click();
    } catch (e) {
      setStatus(
        (e as Error).name === "AbortError" ? { kind: "cancelled" } : { kind: "error", message: t("interrupted") },
      );
    } finally {
      clearInterval(tick);
      if (abort.current === controller) abort.current = null;
    }
  }

  return (
    <>
      {status.kind === "running" ? (
        <Button variant="secondary" size="sm" onClick={() => abort.current?.abort()}>
          {t("cancel")}
        </Button>
      ) : (
        <Button variant="secondary" size="sm" onClick={run}>
          {t("button")}
        </Button>
      )}
      {/* on a line of its own at the end of the row, so the other buttons do not move while it changes */}
      <span
        aria-live="polite"
        className={`order-last items-center gap-2 text-sm ${status.kind === "idle" ? "" : "flex basis-full"}`}
      >
        {status.kind === "running" && (
          <>
            <progress className="h-2 w-24" aria-label={t("progress")} />
            <span>{t("preparing")}</span>
            <span aria-hidden="true" className="text-muted tabular-nums">
              {t("seconds", { seconds: status.seconds })}
            </span>
          </>
        )}
        {status.kind === "done" && (
          <a href={status.url} download={status.filename} className="text-accent underline">
            {t("ready", { filename: status.filename })}
          </a>
        )}
        {status.kind === "cancelled" && <span className="text-muted">{t("cancelled")}</span>}
        {status.kind === "error" && (
          <span role="alert" className="text-danger">
            {status.message}
          </span>
        )}
      </span>
    </>
  );
}
