import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { summarizeExternalReviews } from "@/lib/claim-finder/external-reviews";
import { ImportExternalReviewsForm } from "@/components/claim-finder/import-external-reviews-form";
import { Forbidden } from "@/components/ui/forbidden";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.externalReviews"))("title") };
}

export default async function ExternalReviewsPage() {
  const viewer = await requirePageViewer("/settings/external-reviews");
  const t = await getTranslations("settings.externalReviews");
  const locale = await getLocale();
  if (!can(viewer.role, "settings.manage")) return <Forbidden what={t("forbidden")} />;
  const { total, publishers } = await summarizeExternalReviews(viewer.orgId);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-2xl text-sm text-muted">{t("intro")}</p>
      </div>
      <div className="overflow-x-auto rounded-xl border border-line bg-white">
        <table className="w-full text-start text-sm [&_th]:text-start">
          <caption className="px-4 py-3 text-start text-sm font-semibold">
            {t("caption", { total: formatNumber(total, locale) })}
          </caption>
          <thead className="border-y border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">
                {t("publisher")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("reviews")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("lastImported")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {publishers.length === 0 && (
              <tr>
                <td colSpan={3} className="px-4 py-6 text-muted">
                  {t("empty")}
                </td>
              </tr>
            )}
            {publishers.map((p) => (
              <tr key={p.publisher}>
                <th scope="row" className="px-4 py-3 font-medium">
                  {p.publisher}
                </th>
                <td className="px-4 py-3">{formatNumber(p.reviews, locale)}</td>
                <td className="px-4 py-3">{formatDate(p.lastImportedAt, "dateTime", { locale })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="import-reviews" className="rounded-xl border border-line bg-white p-6">
        <h2 id="import-reviews" className="mb-1 text-lg font-semibold">
          {t("import")}
        </h2>
        <p className="mb-4 max-w-2xl text-sm text-muted">{t("importIntro")}</p>
        <ImportExternalReviewsForm />
      </section>
    </div>
  );
}
