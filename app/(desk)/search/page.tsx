import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { issueMessage } from "@/lib/validation/issue-message";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadSearchFilters, searchClaims } from "@/lib/search/data";
import { parseSearchParams, type SearchParamsInput } from "@/lib/search/schema";
import { SearchForm } from "@/components/search/search-form";
import { SearchResultList } from "@/components/search/search-results";
import { ListNotices } from "@/components/ui/list-notices";
import { listNoticeIn } from "@/lib/lists/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search.page");
  return { title: t("title") };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/search");
  const locale = await getLocale();
  const parsed = parseSearchParams(await searchParams, (issue) => issueMessage(issue, locale));
  const [filters, results, t] = await Promise.all([
    loadSearchFilters(viewer.orgId),
    parsed.kind === "ok" ? searchClaims(viewer.orgId, parsed.query) : null,
    getTranslations("search.page"),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro", { organization: viewer.orgName })}</p>
      </div>
      <SearchForm values={parsed.values} errors={parsed.kind === "invalid" ? parsed.errors : {}} {...filters} />
      {parsed.kind === "invalid" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
          {t("invalid", { problem: Object.values(parsed.errors)[0] ?? "" })}
        </p>
      )}
      {parsed.kind === "ok" && <ListNotices notices={parsed.notices.map((notice) => listNoticeIn(notice, locale))} />}
      {results && <SearchResultList results={results} values={parsed.values} />}
    </div>
  );
}
