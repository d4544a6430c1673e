"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { publishArticleAction } from "@/lib/workflow/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";

type Pending = { id: string; quote: string; wasPublished: boolean };

export function PublishDialog({ articleId, approved, flagged }: { articleId: string; approved: Pending[]; flagged: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  function publish() {
    start(async () => {
      const r = await publishArticleAction({ articleId, corrections: notes });
      setResult(r.ok ? { tone: "success", text: `Published. ${r.data.published} claims are live for readers.` } : { tone: "error", text: r.message });
      if (r.ok) router.refresh();
    });
  }
  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); if (o) setResult(null); }} title="Publish this article"
      description="Readers will see the current text with every approved claim. Claims in draft or review stay private."
      trigger={<Button size="sm">Publish…</Button>}>
      <div className="space-y-4">
        {result && <FormMessage tone={result.tone}>{result.text}</FormMessage>}
        {approved.length === 0 ? <p className="text-sm text-muted">No newly approved claims. Publishing updates the text readers see and keeps published claims in place.</p> : (
          <ul className="space-y-3">
            {approved.map((c) => (
              <li key={c.id} className="rounded-lg border border-line p-3 text-sm">
                <p className="italic">“{c.quote}”</p>
                {c.wasPublished && (
                  <label className="mt-2 block font-medium">Correction note (readers see it)
                    <textarea className="mt-1 block w-full rounded-md border border-line px-2 py-1.5 text-sm" rows={2} value={notes[c.id] ?? ""}
                      onChange={(e) => setNotes((n) => ({ ...n, [c.id]: e.target.value }))} placeholder="What changed and why" />
                  </label>
                )}
              </li>
            ))}
          </ul>
        )}
        {flagged > 0 && <p className="text-sm text-amber-800">{flagged} claims need re-anchoring and stay hidden from readers until re-attached.</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>Close</Button>
          <Button onClick={publish} disabled={pending}>{pending ? "Publishing…" : "Publish now"}</Button>
        </div>
      </div>
    </Dialog>
  );
}
