import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadOverview } from "@/lib/overview/data";
import { Forbidden } from "@/components/ui/forbidden";
import { WeeklyVerdictsChart } from "@/components/overview/weekly-verdicts-chart";
import { ClaimStatesChart } from "@/components/overview/claim-states-chart";
import { TurnaroundChart } from "@/components/overview/turnaround-chart";
import { ReviewerLoadChart } from "@/components/overview/reviewer-load-chart";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const viewer = await requirePageViewer("/overview");
  if (!can(viewer.role, "overview.read")) return <Forbidden what="the overview" who="editors and admins" />;
  const overview = await loadOverview(viewer.orgId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
        <p className="text-sm text-muted">{viewer.orgName} · the last 12 weeks, in weeks starting on Monday (UTC)</p>
      </div>
      <WeeklyVerdictsChart weeks={overview.weeks} checked={overview.checked} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ClaimStatesChart states={overview.states} />
        <ReviewerLoadChart load={overview.load} />
      </div>
      <TurnaroundChart weeks={overview.weeks} turnaround={overview.turnaround} />
    </div>
  );
}
