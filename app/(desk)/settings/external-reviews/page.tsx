import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { summarizeExternalReviews } from "@/lib/claim-finder/external-reviews";
import { ImportExternalReviewsForm } from "@/components/claim-finder/import-external-reviews-form";
import { Forbidden } from "@/components/ui/forbidden";
import { DataTable } from "@/components/ui/data-table";

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
      <DataTable
        caption={t("caption", { total: formatNumber(total, locale) })}
        showCaption
        columns={[t("publisher"), t("reviews"), t("lastImported")]}
        empty={publishers.length === 0 && t("empty")}
      >
        {publishers.map((p) => (
          <tr key={p.publisher}>
            <th scope="row" className="px-4 py-3 font-medium">
              {p.publisher}
            </th>
            <td className="px-4 py-3">{formatNumber(p.reviews, locale)}</td>
            <td className="px-4 py-3">{formatDate(p.lastImportedAt, "dateTime", { locale })}</td>
          </tr>
        ))}
      </DataTable>
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
