import { sampleReport } from "@/test/fixtures/sample-report";
import type { ReportClaim, ReviewReport } from "@/lib/export/report-model";
import type { XssPayload } from "./xss-payloads";

/**
 * The sample review with one published claim per payload, every free-text field of the claim, its verdict, its
 * expert and its source holding that payload (URLs stay web URLs: the report model refuses anything else).
 */
export function buildHostileReport(payloads: readonly XssPayload[]): ReviewReport {
  const template = sampleReport.claims.find((claim) => claim.id === "clm_protect_us")!;
  const claims: ReportClaim[] = payloads.map(({ id, text }) => ({
    ...template,
    id: `clm_xss_${id}`,
    claimant: text,
    claimContext: text,
    state: "PUBLISHED",
    verdict: { ...template.verdict!, rationale: text, author: text },
    citations: template.citations.map((citation) => ({
      ...citation,
      id: `${citation.id}_${id}`,
      quote: text,
      sourceTitle: text,
      publisher: text,
      saidWhere: text,
      expert: citation.expert && { ...citation.expert, name: text, title: text, affiliation: text },
    })),
    reviewers: [text],
    approvers: [text],
    corrections: [{ note: text, at: "2025-03-09T10:30:00.000Z" }],
  }));
  return {
    ...sampleReport,
    article: {
      ...sampleReport.article,
      title: `Hostile ${payloads[0]?.text ?? ""}`,
      outlet: payloads[1]?.text ?? null,
      author: payloads[2]?.text ?? null,
    },
    claims,
  };
}
