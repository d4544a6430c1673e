import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { formatNumber } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import { loadOverview } from "@/lib/overview/data";
import { OVERVIEW_WEEKS } from "@/lib/overview/build-overview";
import { Forbidden } from "@/components/ui/forbidden";
import { WeeklyVerdictsChart } from "@/components/overview/weekly-verdicts-chart";
import { ClaimStatesChart } from "@/components/overview/claim-states-chart";
import { TurnaroundChart } from "@/components/overview/turnaround-chart";
import { ReviewerLoadChart } from "@/components/overview/reviewer-load-chart";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview.page");
  return { title: t("title") };
}

export default async function OverviewPage() {
  const viewer = await requirePageViewer("/overview");
  const [t, current] = await Promise.all([getTranslations("overview.page"), getLocale()]);
  if (!can(viewer.role, "overview.read")) return <Forbidden what={t("forbiddenWhat")} who={t("forbiddenWho")} />;
  const locale = isInterfaceLocale(current) ? current : "en";
  const overview = await loadOverview(viewer.orgId, locale);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">
          {t("period", { organization: viewer.orgName, weeks: formatNumber(OVERVIEW_WEEKS, locale) })}
        </p>
      </div>
      <WeeklyVerdictsChart weeks={overview.weeks} checked={overview.checked} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ClaimStatesChart states={overview.states} locale={locale} />
        <ReviewerLoadChart load={overview.load} locale={locale} />
      </div>
      <TurnaroundChart weeks={overview.weeks} turnaround={overview.turnaround} locale={locale} />
    </div>
  );
}
