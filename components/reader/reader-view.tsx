"use client";
import { useEffect, useMemo, useState } from "react";
import { ClaimDialog } from "./claim-dialog";
import { ReaderText } from "./reader-text";
import type { ReaderClaim } from "./reader-types";

type Legend = { label: string; colour: string; description: string | null; count: number }[];

export function ReaderView({ text, claims, legend }: { text: string; claims: ReaderClaim[]; legend: Legend }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);

  // deep link: /r/org/article#claim-<id> scrolls to the claim and opens its card
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.replace(/^#claim-/, ""));
      if (!byId.has(id)) return;
      document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "center" });
      setOpenId(id);
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, [byId]);

  const toggle = (label: string) => setHidden((h) => { const n = new Set(h); if (n.has(label)) n.delete(label); else n.add(label); return n; });
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article aria-label="Article with fact-checks" className="font-serif text-[1.1rem] text-ink">
        <ReaderText text={text} claims={claims} hidden={hidden} onOpen={setOpenId} />
      </article>
      <aside aria-labelledby="summary-heading" className="order-first space-y-3 lg:order-none print:hidden">
        <div className="rounded-xl border border-line bg-white p-4 lg:sticky lg:top-6">
          <h2 id="summary-heading" className="text-sm font-semibold">{claims.length} {claims.length === 1 ? "claim" : "claims"} checked</h2>
          <p className="mt-1 text-xs text-muted">Select a verdict to show or hide its highlights.</p>
          <ul className="mt-3 space-y-1.5">
            {legend.map((l) => (
              <li key={l.label}>
                <button type="button" aria-pressed={!hidden.has(l.label)} onClick={() => toggle(l.label)} title={l.description ?? undefined}
                  className={`flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-50 ${hidden.has(l.label) ? "opacity-50" : ""}`}>
                  <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: l.colour }} />
                  <span className="flex-1">{l.label}</span>
                  <span className="tabular-nums text-muted">{l.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </aside>
      <ClaimDialog claim={openId ? byId.get(openId) ?? null : null} onClose={() => {
        setOpenId(null);
        if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
      }} />
    </div>
  );
}
