"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { loadPublicationPreviewAction, publishArticleAction } from "@/lib/workflow/actions";
import type { PublicationPreview } from "@/lib/workflow/publication-plan";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";
import { FieldChanges, KIND_LABELS, MetaChanges, TextChanges } from "./publication-changes";

// Publishing shows the editor every change readers would see, old beside new, and asks for a correction note where
// IFCN's corrections principle wants one (a changed verdict, or a verdict on other words).
export function PublishDialog({ articleId }: { articleId: string }) {
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
            ? `Published. ${r.data.published} claims are live for readers.`
            : "Published. Readers now see this version.",
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
      title="Publish this article"
      description="Readers keep what they see now until you publish. Below is every change they would see."
      trigger={<Button size="sm">Publish…</Button>}
    >
      <div className="space-y-5">
        {result && <FormMessage tone={result.tone}>{result.text}</FormMessage>}
        {!preview && loading && (
          <p className="text-sm text-muted" role="status">
            Looking for changes since the last publication…
          </p>
        )}
        {nothing && (
          <p className="text-sm text-muted">
            Nothing readers see would change: there is no new text and no newly approved claim.
          </p>
        )}
        {preview?.firstPublication && (
          <p className="text-sm">First publication: readers will see the current text with the claims listed below.</p>
        )}
        {preview && preview.metaChanges.length > 0 && <MetaChanges changes={preview.metaChanges} />}
        {preview?.textChanged && !preview.firstPublication && <TextChanges text={preview.text} />}
        {items.length > 0 && (
          <section aria-labelledby="claim-changes">
            <h3 id="claim-changes" className="text-sm font-semibold">
              Fact-checks
            </h3>
            <ul className="mt-2 space-y-3">
              {items.map((c) => (
                <li key={c.claimId} className="rounded-lg border border-line p-3 text-sm">
                  <p className="text-xs font-semibold tracking-wide text-muted uppercase">
                    {KIND_LABELS[c.kind]}
                    {c.verdict ? ` · ${c.verdict}` : ""}
                  </p>
                  <p className="mt-1 italic">“{c.quote}”</p>
                  {c.reason && <p className="mt-1 text-amber-800">{c.reason}</p>}
                  <FieldChanges item={c} />
                  {c.noteOffered && (
                    <div className="mt-3">
                      <label htmlFor={`note-${c.claimId}`} className="block font-medium">
                        Correction note (readers see it)
                        {c.noteRequired ? (
                          <span className="font-normal text-danger">
                            {" "}
                            required: the verdict or the words it applies to changed
                          </span>
                        ) : (
                          <span className="font-normal text-muted"> optional</span>
                        )}
                      </label>
                      <p id={`note-hint-${c.claimId}`} className="text-xs text-muted">
                        It shows on the fact-check card: say what changed and why.
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
              Changed since publication, waiting for approval
            </h3>
            <p className="text-muted">
              Readers keep the published version of these until an editor approves the change and publishes.
            </p>
            <ul className="mt-1 list-disc pl-5">
              {preview.awaitingApproval.map((c) => (
                <li key={c.claimId} className="italic">
                  “{c.quote}”
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Close
          </Button>
          <Button onClick={publish} disabled={pending || !preview}>
            {pending ? "Publishing…" : "Publish now"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
