import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadMyWork, type WorkPage } from "@/lib/my-work/data";
import { myWorkHref, parseMyWorkParams, type WorkSectionKey } from "@/lib/my-work/query";
import { encodeCursor } from "@/lib/lists/cursor";
import { listNoticeIn, type SearchParamsInput } from "@/lib/lists/params";
import { WorkSection } from "@/components/my-work/work-section";
import { ListNotices } from "@/components/ui/list-notices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myWork.page");
  return { title: t("title") };
}

export default async function MyWorkPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/my-work");
  const params = await searchParams;
  const query = parseMyWorkParams(params);
  const [work, t, locale] = await Promise.all([loadMyWork(viewer, query), getTranslations("myWork.page"), getLocale()]);
  const now = new Date();
  const links = (section: WorkSectionKey, page: WorkPage) => ({
    section,
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
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      </div>
      <ListNotices notices={query.notices.map((notice) => listNoticeIn(notice, locale))} />
      <div className="grid gap-6 lg:grid-cols-2">
        <WorkSection now={now} {...links("assigned", work.assigned)} />
        {work.awaitingApproval && <WorkSection now={now} {...links("approval", work.awaitingApproval)} />}
        <WorkSection now={now} {...links("mentions", work.mentioned)} />
        {work.inReview && <WorkSection now={now} {...links("review", work.inReview)} />}
      </div>
    </div>
  );
}
