"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isInterfaceLocale } from "@/lib/i18n/locales";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { readDispositionFilename } from "@/lib/reports/download-name";
import { createProgressCounter } from "@/lib/reports/export-progress";
import type { OrgExportFormat } from "@/lib/reports/export-query";

type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number | null }
  | { kind: "done"; url: string; filename: string; done: number; bytes: number }
  | { kind: "error"; message: string; parameter?: string };

type Option = { value: string; label: string };

// Streams /api/exports, counting finished articles as the bytes arrive, then offers the file as a Blob URL.
export function OrgExport({ states, verdicts }: { states: Option[]; verdicts: Option[] }) {
  const t = useTranslations("exports.form");
  const locale = useLocale();
  const number = (n: number) => formatNumber(n, isInterfaceLocale(locale) ? locale : DEFAULT_LOCALE);
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

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    release();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === "string" && value) params.set(key, value);
    const format = (params.get("format") ?? "jsonl") as OrgExportFormat;
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "running", done: 0, total: null });
    try {
      const response = await fetch(`/api/exports?${params}`, { signal: controller.signal });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { message?: string; parameter?: string } | null;
        setStatus({
          kind: "error",
          message: body?.message ?? t("failed", { status: response.status }),
          parameter: body?.parameter,
        });
        return;
      }
      const total = Number(response.headers.get("X-Total-Articles"));
      const counter = createProgressCounter(format);
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      const chunks: BlobPart[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        setStatus({
          kind: "running",
          done: counter.push(decoder.decode(value, { stream: true })),
          total: Number.isFinite(total) ? total : null,
        });
      }
      const url = URL.createObjectURL(
        new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }),
      );
      blobUrl.current = url;
      const filename = readDispositionFilename(response.headers.get("Content-Disposition")) ?? `reviews.${format}`;
      setStatus({ kind: "done", url, filename, done: counter.articles, bytes });
    } catch (e) {
      const cancelled = (e as Error).name === "AbortError";
      setStatus(
        cancelled
          ? { kind: "idle" }
          : {
              kind: "error",
              message: t("interrupted"),
            },
      );
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }

  const running = status.kind === "running";
  const fieldError = (name: string) =>
    status.kind === "error" && status.parameter === name ? status.message : undefined;
  return (
    <div className="space-y-6">
      <form
        onSubmit={run}
        noValidate
        aria-label={t("label")}
        className="grid gap-4 rounded-xl border border-line bg-white p-5 sm:grid-cols-2"
      >
        <SelectField label={t("format")} name="format" defaultValue="jsonl" error={fieldError("format")}>
          <option value="jsonl">{t("formatJsonl")}</option>
          <option value="csv">{t("formatCsv")}</option>
        </SelectField>
        <div className="hidden sm:block" />
        <TextField label={t("from")} name="from" type="date" error={fieldError("from")} />
        <TextField label={t("to")} name="to" type="date" error={fieldError("to")} />
        <SelectField label={t("state")} name="state" defaultValue="" error={fieldError("state")}>
          <option value="">{t("any")}</option>
          {states.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("verdict")} name="verdict" defaultValue="" error={fieldError("verdict")}>
          <option value="">{t("any")}</option>
          {verdicts.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-2 sm:col-span-2">
          <Button type="submit" disabled={running}>
            {running ? t("exporting") : t("export")}
          </Button>
          {running && (
            <Button variant="secondary" onClick={() => abort.current?.abort()}>
              {t("cancel")}
            </Button>
          )}
        </div>
      </form>
      <div aria-live="polite">
        {status.kind === "error" && <FormMessage tone="error">{status.message}</FormMessage>}
        {status.kind === "running" && (
          <div className="space-y-2">
            <p className="text-sm">
              {status.total === null
                ? t("starting")
                : t("progress", { done: number(status.done), total: number(status.total) })}
            </p>
            <progress
              className="h-2 w-full"
              max={status.total ?? undefined}
              value={status.total === null ? undefined : status.done}
              aria-label={t("progressLabel")}
            />
          </div>
        )}
        {status.kind === "done" && (
          <div
            role="status"
            className="flex flex-wrap items-center gap-3 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm"
          >
            <span>{t("done", { count: status.done, size: number(Math.round(status.bytes / 1024)) })}</span>
            <a href={status.url} download={status.filename} className={buttonClasses("primary", "sm")}>
              {t("save", { filename: status.filename })}
            </a>
          </div>
        )}
      </div>
    </div>
  );
}
