import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadMyWork, WORK_LIMIT } from "@/lib/my-work/data";
import { WorkSection } from "@/components/my-work/work-section";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const viewer = await requirePageViewer("/my-work");
  const work = await loadMyWork(viewer);
  const now = new Date();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">My work</h1>
        <p className="mt-1 text-sm text-muted">
          Claims waiting for you. Each one opens in the annotator with its card.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <WorkSection
          title="Assigned to me"
          description="Claims you are assigned that are not published yet."
          now={now}
          limit={WORK_LIMIT}
          empty="Nothing is assigned to you. Colleagues assign claims from the claim card."
          items={work.assigned}
        />
        {work.canApprove && (
          <WorkSection
            title="Waiting for my approval"
            description="In review, written by someone else, and not yet approved by you in this version."
            now={now}
            limit={WORK_LIMIT}
            empty="No claim is waiting for your approval."
            items={work.awaitingApproval}
          />
        )}
        <WorkSection
          title="Mentioned me"
          description="Open discussion threads where someone mentioned you."
          now={now}
          limit={WORK_LIMIT}
          empty="No open thread mentions you."
          items={work.mentioned}
        />
        {work.canApprove && (
          <WorkSection
            title="Everything in review"
            description="Every claim of your organization in review, longest waiting first."
            now={now}
            limit={WORK_LIMIT}
            empty="No claim is in review right now."
            items={work.inReview}
          />
        )}
      </div>
    </div>
  );
}
