import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadMyWork, type WorkPage } from "@/lib/my-work/data";
import { myWorkHref, parseMyWorkParams, type WorkSectionKey } from "@/lib/my-work/query";
import { encodeCursor } from "@/lib/lists/cursor";
import type { SearchParamsInput } from "@/lib/lists/params";
import { WorkSection } from "@/components/my-work/work-section";
import { ListNotices } from "@/components/ui/list-notices";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/my-work");
  const params = await searchParams;
  const query = parseMyWorkParams(params);
  const work = await loadMyWork(viewer, query);
  const now = new Date();
  const links = (section: WorkSectionKey, page: WorkPage) => ({
    page,
    previousHref: page.links.before
      ? myWorkHref(params, section, { direction: "before", cursor: encodeCursor(page.links.before) })
      : null,
    nextHref: page.links.after
      ? myWorkHref(params, section, { direction: "after", cursor: encodeCursor(page.links.after) })
      : null,
  });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">My work</h1>
        <p className="mt-1 text-sm text-muted">
          Claims waiting for you. Each one opens in the annotator with its card.
        </p>
      </div>
      <ListNotices notices={query.notices} />
      <div className="grid gap-6 lg:grid-cols-2">
        <WorkSection
          title="Assigned to me"
          description="Claims you are assigned that are not published yet, most recently changed first."
          now={now}
          empty="Nothing is assigned to you. Colleagues assign claims from the claim card."
          {...links("assigned", work.assigned)}
        />
        {work.awaitingApproval && (
          <WorkSection
            title="Waiting for my approval"
            description="In review, written by someone else, and not yet approved by you in this version."
            now={now}
            empty="No claim is waiting for your approval."
            {...links("approval", work.awaitingApproval)}
          />
        )}
        <WorkSection
          title="Mentioned me"
          description="Open discussion threads where someone mentioned you."
          now={now}
          empty="No open thread mentions you."
          {...links("mentions", work.mentioned)}
        />
        {work.inReview && (
          <WorkSection
            title="Everything in review"
            description="Every claim of your organization in review, longest waiting first."
            now={now}
            empty="No claim is in review right now."
            {...links("review", work.inReview)}
          />
        )}
      </div>
    </div>
  );
}
