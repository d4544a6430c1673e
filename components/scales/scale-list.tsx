"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { INTERFACE_LOCALES, isInterfaceLocale } from "@/lib/i18n/locales";
import { createScaleFromPresetAction, makeDefaultScaleAction } from "@/lib/scales/actions";
import type { ScaleView } from "@/lib/scales/data";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { ScaleEditor } from "./scale-editor";

export function ScaleList({ scales }: { scales: ScaleView[] }) {
  const t = useTranslations("scales.list");
  const languageName = useTranslations("scales.languageName");
  const locale = useLocale();
  const numberLocale = isInterfaceLocale(locale) ? locale : "en";
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const r = await fn();
      setError(r.ok ? null : (r.message ?? t("failed")));
      router.refresh();
    });
  return (
    <div className="space-y-6">
      {error && <FormMessage tone="error">{error}</FormMessage>}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setEditing("new")}>{t("newScale")}</Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => createScaleFromPresetAction({ preset: "six-level" }))}
        >
          {t("addSixLevel")}
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => createScaleFromPresetAction({ preset: "five-level" }))}
        >
          {t("addFiveLevel")}
        </Button>
      </div>
      {editing === "new" && (
        <section className="rounded-xl border border-accent/40 bg-white p-5">
          <ScaleEditor scale={null} onDone={() => setEditing(null)} />
        </section>
      )}
      {scales.map((s) => (
        <section key={s.id} aria-labelledby={`scale-${s.id}`} className="rounded-xl border border-line bg-white p-5">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id={`scale-${s.id}`} className="text-lg font-semibold">
                {s.name}{" "}
                {s.isDefault && (
                  <span className="ms-2 rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-accent ring-1 ring-accent/30">
                    {t("default")}
                  </span>
                )}
              </h2>
              {s.description && <p className="text-sm text-muted">{s.description}</p>}
            </div>
            <div className="flex gap-2">
              {!s.isDefault && (
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={pending}
                  onClick={() => run(() => makeDefaultScaleAction({ scaleId: s.id }))}
                >
                  {t("makeDefault")}
                  <span className="sr-only"> : {s.name}</span>
                </Button>
              )}
              <Button variant="secondary" size="sm" onClick={() => setEditing(s.id)}>
                {t("edit")}
                <span className="sr-only"> {s.name}</span>
              </Button>
            </div>
          </div>
          {editing === s.id ? (
            <div className="mt-4">
              <ScaleEditor scale={s} onDone={() => setEditing(null)} />
            </div>
          ) : (
            <ul className="mt-4 grid gap-2 sm:grid-cols-2">
              {s.options.map((o) => (
                <li
                  key={o.id}
                  className={`flex items-start gap-3 rounded-lg border border-line px-3 py-2 text-sm ${o.retired ? "opacity-60" : ""}`}
                >
                  <span
                    aria-hidden="true"
                    className="mt-1 h-3 w-3 shrink-0 rounded-full"
                    style={{ backgroundColor: o.colour }}
                  />
                  <span className="flex-1">
                    <span className="font-medium">{o.label}</span>{" "}
                    <span className="text-muted">
                      {t("value", { value: formatNumber(o.value, numberLocale) })}
                      {o.retired ? t("retired") : ""}
                    </span>
                    {o.description && <span className="block text-xs text-muted">{o.description}</span>}
                    {INTERFACE_LOCALES.some((l) => o.translations[l]) && (
                      <span className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-muted">
                        {INTERFACE_LOCALES.filter((l) => o.translations[l]).map((l) => (
                          <span key={l}>
                            {t("translatedAs", { language: languageName(l) })}{" "}
                            <span lang={l} className="font-medium text-ink">
                              {o.translations[l]!.label}
                            </span>
                          </span>
                        ))}
                      </span>
                    )}
                  </span>
                  <span className="text-xs text-muted">{t("inUse", { count: o.usedBy })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
