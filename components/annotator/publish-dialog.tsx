"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { loadPublicationPreviewAction, publishArticleAction } from "@/lib/workflow/actions";
import type { PublicationPreview } from "@/lib/workflow/publication-plan";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";
import { FieldChanges, MetaChanges, TextChanges, useKindLabel } from "./publication-changes";

// Publishing shows the editor every change readers would see, old beside new, and asks for a correction note where
// IFCN's corrections principle wants one (a changed verdict, or a verdict on other words).
export function PublishDialog({ articleId }: { articleId: string }) {
  const t = useTranslations("annotator.publish");
  const locale = useLocale();
  const kindLabel = useKindLabel();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<PublicationPreview | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string; field?: string } | null>(null);
  const [loading, startLoading] = useTransition();
  const [pending, start] = useTransition();
  const load = () =>
    startLoading(async () => {
      const r = await loadPublicationPreviewAction({ articleId });
      if (r.ok) setPreview(r.data);
      else setResult({ tone: "error", text: r.message });
    });
  function publish() {
    start(async () => {
      const r = await publishArticleAction({ articleId, corrections: notes, stamp: preview?.stamp });
      if (r.ok) {
        setResult({
          tone: "success",
          text: r.data.published
            ? t("publishedCount", { count: r.data.published, n: formatNumber(r.data.published, locale) })
            : t("published"),
        });
        setPreview(null);
        router.refresh();
        return;
      }
      const field = typeof r.details?.field === "string" ? r.details.field : undefined;
      setResult({ tone: "error", text: r.message, field });
      if (r.code === "CONFLICT" && field === "stamp") load(); // show the editor what changed, then they publish again
      if (field?.startsWith("corrections."))
        document.getElementById(`note-${field.slice("corrections.".length)}`)?.focus();
    });
  }
  const items = preview?.items ?? [];
  const nothing = preview && !preview.textChanged && items.length === 0 && preview.metaChanges.length === 0;
  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setResult(null);
        if (o) {
          setPreview(null);
          load();
        }
      }}
      title={t("title")}
      description={t("description")}
      trigger={<Button size="sm">{t("trigger")}</Button>}
    >
      <div className="space-y-5">
        {result && <FormMessage tone={result.tone}>{result.text}</FormMessage>}
        {!preview && loading && (
          <p className="text-sm text-muted" role="status">
            {t("looking")}
          </p>
        )}
        {nothing && <p className="text-sm text-muted">{t("nothing")}</p>}
        {preview?.firstPublication && <p className="text-sm">{t("first")}</p>}
        {preview && preview.metaChanges.length > 0 && <MetaChanges changes={preview.metaChanges} />}
        {preview?.textChanged && !preview.firstPublication && <TextChanges text={preview.text} />}
        {items.length > 0 && (
          <section aria-labelledby="claim-changes">
            <h3 id="claim-changes" className="text-sm font-semibold">
              {t("factChecks")}
            </h3>
            <ul className="mt-2 space-y-3">
              {items.map((c) => (
                <li key={c.claimId} className="rounded-lg border border-line p-3 text-sm">
                  <p className="text-xs font-semibold tracking-wide text-muted uppercase">
                    {c.verdict ? t("kindVerdict", { kind: kindLabel(c.kind), verdict: c.verdict }) : kindLabel(c.kind)}
                  </p>
                  <p dir="auto" className="mt-1 italic">
                    {t("quote", { quote: c.quote })}
                  </p>
                  {c.reason && (
                    <p className="mt-1 text-amber-800">
                      {c.kind === "held" ? t("reasonHeld") : c.kind === "withdrawn" ? t("reasonWithdrawn") : c.reason}
                    </p>
                  )}
                  <FieldChanges item={c} />
                  {c.noteOffered && (
                    <div className="mt-3">
                      <label htmlFor={`note-${c.claimId}`} className="block font-medium">
                        {t("noteLabel")}
                        {c.noteRequired ? (
                          <span className="font-normal text-danger">{t("noteRequired")}</span>
                        ) : (
                          <span className="font-normal text-muted">{t("noteOptional")}</span>
                        )}
                      </label>
                      <p id={`note-hint-${c.claimId}`} className="text-xs text-muted">
                        {t("noteHint")}
                      </p>
                      <textarea
                        dir="auto"
                        id={`note-${c.claimId}`}
                        aria-describedby={`note-hint-${c.claimId}`}
                        aria-invalid={result?.field === `corrections.${c.claimId}` || undefined}
                        required={c.noteRequired}
                        className="mt-1 block w-full rounded-md border border-line px-2 py-1.5 text-sm aria-[invalid=true]:border-danger"
                        rows={2}
                        maxLength={2000}
                        value={notes[c.claimId] ?? ""}
                        onChange={(e) => setNotes((n) => ({ ...n, [c.claimId]: e.target.value }))}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {preview && preview.awaitingApproval.length > 0 && (
          <section aria-labelledby="awaiting" className="rounded-lg bg-slate-50 p-3 text-sm">
            <h3 id="awaiting" className="font-semibold">
              {t("awaitingHeading")}
            </h3>
            <p className="text-muted">{t("awaitingIntro")}</p>
            <ul className="mt-1 list-disc ps-5">
              {preview.awaitingApproval.map((c) => (
                <li key={c.claimId} dir="auto" className="italic">
                  {t("quote", { quote: c.quote })}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("close")}
          </Button>
          <Button onClick={publish} disabled={pending || !preview}>
            {pending ? t("publishing") : t("publishNow")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
