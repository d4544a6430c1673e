import {
  describeCitationDates,
  describeCitationKind,
  describeClaimState,
  describeExpert,
  describeSource,
  formatDisplayDate,
} from "@/lib/export/display";
import type { ReportCitation, ReportClaim } from "@/lib/export/report-model";
import { renderRationale } from "@/lib/reader/render-rationale";

// One claim of the printable report: the quote, its verdict and why, the evidence, who reviewed it.

function Evidence({ citation }: { citation: ReportCitation }) {
  const when = describeCitationDates(citation);
  return (
    <li>
      {citation.expert ? (
        <span className="font-medium">{describeExpert(citation.expert)}</span>
      ) : (
        <span>
          {describeCitationKind(citation.kind)}:{" "}
          {citation.url ? (
            <a href={citation.url} className="text-accent underline" rel="noopener noreferrer nofollow">
              {describeSource(citation)}
            </a>
          ) : (
            describeSource(citation)
          )}
        </span>
      )}
      {citation.expert && citation.url && (
        <>
          {" "}
          ·{" "}
          <a href={citation.url} className="text-accent underline" rel="noopener noreferrer nofollow">
            {describeSource(citation)}
          </a>
        </>
      )}
      {citation.quote && <> — “{citation.quote}”</>}
      {when && <span className="text-muted"> ({when})</span>}
      {citation.url && <span className="hidden text-xs break-all text-muted print:block">{citation.url}</span>}
    </li>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2">
      <dt className="text-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ReportClaimItem({ claim, number }: { claim: ReportClaim; number: number }) {
  const colour = claim.verdict?.colour ?? "#9ca3af";
  const said = [claim.claimant, claim.claimDate && formatDisplayDate(claim.claimDate), claim.claimContext]
    .filter(Boolean)
    .join(" · ");
  return (
    <li
      id={`claim-${claim.id}`}
      className="break-inside-avoid rounded-xl border border-line bg-white p-5 [-webkit-print-color-adjust:exact] [print-color-adjust:exact] print:rounded-none print:border-x-0 print:border-b-0 print:px-0"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-muted">Claim {number}</h3>
        <span className="text-xs text-muted">
          {describeClaimState(claim.state)} · characters {claim.start}–{claim.end}
        </span>
      </div>
      <blockquote className="mt-2 border-l-4 pl-3 font-serif text-lg leading-relaxed" style={{ borderColor: colour }}>
        {claim.quote}
      </blockquote>
      {said && <p className="mt-1 text-sm text-muted">{said}</p>}
      <p className="mt-3 flex items-center gap-2 text-sm font-semibold">
        <span aria-hidden="true" className="h-3 w-3 rounded-sm border border-black/10" style={{ background: colour }} />
        {claim.verdict ? (
          <>Verdict: {claim.verdict.label}</>
        ) : (
          <span className="font-normal text-muted">No verdict yet</span>
        )}
      </p>
      {claim.verdict?.rationale.trim() && (
        <div
          className="mt-2 space-y-2 text-sm leading-6 [&_a]:text-accent [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
          dangerouslySetInnerHTML={{ __html: renderRationale(claim.verdict.rationale) }}
        />
      )}
      {claim.citations.length > 0 && (
        <section className="mt-3">
          <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">Evidence</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
            {claim.citations.map((c) => (
              <Evidence key={c.id} citation={c} />
            ))}
          </ol>
        </section>
      )}
      <dl className="mt-3 space-y-1 text-sm">
        <Row label="Reviewers">{claim.reviewers.join(", ") || "—"}</Row>
        <Row label="Approved by">{claim.approvers.join(", ") || "Not approved yet"}</Row>
        {claim.verdict && <Row label="Verdict by">{claim.verdict.author}</Row>}
        <Row label="Published">{claim.publishedAt ? formatDisplayDate(claim.publishedAt) : "Not published"}</Row>
        <Row label="Last changed">{formatDisplayDate(claim.updatedAt)}</Row>
      </dl>
      {claim.corrections.length > 0 && (
        <section className="mt-3 rounded-md bg-amber-50 p-3 text-sm print:bg-transparent print:p-0">
          <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">Corrections</h4>
          <ul className="mt-1 space-y-1">
            {claim.corrections.map((c) => (
              <li key={c.at}>
                <span className="text-muted">{formatDisplayDate(c.at)}:</span> {c.note}
              </li>
            ))}
          </ul>
        </section>
      )}
    </li>
  );
}
