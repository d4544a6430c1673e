import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { REPORT_CLAIM_STATES } from "@/lib/vocabulary/claim-states";
import { optionLabelIn } from "@/lib/vocabulary/option-label";
import { loadReportContext } from "@/lib/reports/build-report";
import { OrgExport } from "@/components/reports/org-export";
import { Forbidden } from "@/components/ui/forbidden";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exports.page");
  return { title: t("title") };
}

export default async function ExportsPage() {
  const viewer = await requirePageViewer("/exports");
  const t = await getTranslations("exports.page");
  if (!can(viewer.role, "export.read")) return <Forbidden what={t("forbiddenWhat")} />;
  const [context, states, locale] = await Promise.all([
    loadReportContext(viewer.orgId),
    getTranslations("vocabulary.claimState"),
    getLocale(),
  ]);
  const feedUrl = `${context.baseUrl.replace(/\/+$/, "")}/feeds/${encodeURIComponent(viewer.orgSlug)}/claimreview`;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro", { org: viewer.orgName })}</p>
      </div>
      <OrgExport
        states={REPORT_CLAIM_STATES.map((state) => ({ value: state, label: states(state) }))}
        // the filter matches the scale's own label; the member reads it in their language
        verdicts={context.scale?.options.map((o) => ({ value: o.label, label: optionLabelIn(o, locale) })) ?? []}
      />
      <section className="space-y-2 rounded-xl border border-line bg-white p-5 text-sm">
        <h2 className="font-semibold">{t("feedHeading")}</h2>
        <p className="text-muted">{t("feedIntro")}</p>
        <p>
          <a href={feedUrl} dir="ltr" className="break-all text-accent underline">
            {feedUrl}
          </a>
        </p>
      </section>
      <p className="text-sm text-muted">
        {t.rich("importPrompt", {
          link: (chunks) => (
            <Link href="/articles/import" className="text-accent underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
