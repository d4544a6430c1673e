import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { describeClaimState } from "@/lib/export/display";
import { REPORT_CLAIM_STATES } from "@/lib/vocabulary/claim-states";
import { loadReportContext } from "@/lib/reports/build-report";
import { OrgExport } from "@/components/reports/org-export";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage() {
  const viewer = await requirePageViewer("/exports");
  if (!can(viewer.role, "export.read")) return <Forbidden what="exports" />;
  const context = await loadReportContext(viewer.orgId);
  const feedUrl = `${context.baseUrl.replace(/\/+$/, "")}/feeds/${encodeURIComponent(viewer.orgSlug)}/claimreview`;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Exports</h1>
        <p className="text-sm text-muted">
          Every review of {viewer.orgName} in one file: drafts and claims in review included, so keep it inside the
          desk. For one article, open it and choose Report.
        </p>
      </div>
      <OrgExport
        states={REPORT_CLAIM_STATES.map((state) => ({ value: state, label: describeClaimState(state) }))}
        verdicts={context.scale?.options.map((o) => o.label) ?? []}
      />
      <section className="space-y-2 rounded-xl border border-line bg-white p-5 text-sm">
        <h2 className="font-semibold">Public ClaimReview feed</h2>
        <p className="text-muted">
          Published fact-checks only, as schema.org ClaimReview JSON-LD for search engines and partners. Anyone may read
          it.
        </p>
        <p>
          <a href={feedUrl} className="break-all text-accent underline">
            {feedUrl}
          </a>
        </p>
      </section>
      <p className="text-sm text-muted">
        Bringing a review in from elsewhere?{" "}
        <Link href="/articles/import" className="text-accent underline">
          Import a review export or annotations
        </Link>
        .
      </p>
    </div>
  );
}
