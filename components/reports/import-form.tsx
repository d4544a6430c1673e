"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { createImportEventReader, type ImportOutcome } from "@/lib/reports/import-events";

type Status =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "saving"; done: number; total: number }
  | { kind: "cancelled" }
  | { kind: "finished"; result: ActionResult<ImportOutcome> };

// Upload a FactDesk review export (.json) or W3C Web Annotations; either becomes a new draft article. POST
// /api/imports streams the import's progress; Cancel aborts the request, which stops the import on the server and
// removes what it had written.
export function ImportForm() {
  const t = useTranslations("exports.import");
  const INTERRUPTED = t("interrupted");
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "reading" });
    const finish = (result: ActionResult<ImportOutcome>) => {
      setStatus({ kind: "finished", result });
      if (result.ok && result.data.skipped.length === 0) router.push(`/articles/${result.data.articleId}`);
    };
    try {
      const response = await fetch("/api/imports", {
        method: "POST",
        body: new FormData(event.currentTarget),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
        finish({ ok: false, code: "INVALID", message: body?.message ?? INTERRUPTED });
        return;
      }
      const events = createImportEventReader();
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const e of events.push(decoder.decode(value, { stream: true }))) {
          if (e.type === "saving") setStatus({ kind: "saving", done: e.done, total: e.total });
          else if (e.type === "result") return finish(e.result);
        }
      }
      finish({ ok: false, code: "UNAVAILABLE", message: INTERRUPTED });
    } catch (e) {
      if ((e as Error).name === "AbortError") setStatus({ kind: "cancelled" });
      else finish({ ok: false, code: "UNAVAILABLE", message: INTERRUPTED });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }

  const result = status.kind === "finished" ? status.result : null;
  const running = status.kind === "reading" || status.kind === "saving";
  const field = result && !result.ok && typeof result.details?.field === "string" ? result.details.field : null;
  const errors: Record<string, string | undefined> =
    result && !result.ok ? { ...result.fieldErrors, ...(field ? { [field]: result.message } : {}) } : {};
  const partial = result?.ok && result.data.skipped.length > 0 ? result.data : null;

  return (
    <form onSubmit={run} noValidate aria-label={t("title")} className="space-y-6">
      {result && !result.ok && !field && <FormMessage tone="error">{result.message}</FormMessage>}
      {partial && (
        <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <p>{t("partial", { imported: partial.imported, skipped: partial.skipped.length })}</p>
          <ul className="list-disc ps-5">
            {partial.skipped.map((s) => (
              <li key={s.index}>
                {t("skippedItem", {
                  number: s.index + 1,
                  quote: s.quote.length > 80 ? `${s.quote.slice(0, 77)}…` : s.quote,
                  reason: s.reason,
                })}
              </li>
            ))}
          </ul>
          <Link href={`/articles/${partial.articleId}`} className="font-medium text-accent underline">
            {t("openImported")}
          </Link>
        </div>
      )}
      <div className="rounded-xl border border-line bg-white p-5">
        <TextField
          label={t("file")}
          name="file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          error={errors.file}
          hint={t("fileHint")}
        />
      </div>
      <fieldset className="space-y-4 rounded-xl border border-line bg-white p-5">
        <legend className="px-1 text-sm font-semibold">
          {t("annotationsOnly")} <span className="font-normal text-muted">{t("annotationsOnlyNote")}</span>
        </legend>
        <TextField label={t("articleTitle")} name="title" error={errors.title} />
        <TextAreaField label={t("articleText")} name="text" rows={10} error={errors.text} hint={t("articleTextHint")} />
      </fieldset>
      <p className="text-sm text-muted">{t("drafts")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={running}>
          {running ? t("importing") : t("import")}
        </Button>
        {running && (
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </Button>
        )}
        <span aria-live="polite" className="inline-flex items-center gap-2 text-sm">
          {status.kind === "reading" && (
            <>
              <progress className="h-2 w-24" aria-label={t("progressLabel")} />
              <span>{t("reading")}</span>
            </>
          )}
          {status.kind === "saving" && (
            <>
              <progress className="h-2 w-24" max={status.total} value={status.done} aria-label={t("progressLabel")} />
              <span>{t("saving", { done: status.done, total: status.total })}</span>
            </>
          )}
          {status.kind === "cancelled" && <span>{t("cancelled")}</span>}
        </span>
      </div>
    </form>
  );
}
