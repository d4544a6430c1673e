import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import type { Overview } from "@/lib/overview/build-overview";
import { CLAIM_STATE_COLOURS } from "@/lib/vocabulary/claim-states";
import { ChartFigure, Legend, TABLE } from "./chart-figure";
import { HorizontalBars } from "./horizontal-bars";

const { DRAFT, IN_REVIEW } = CLAIM_STATE_COLOURS;

// Open claims (draft or in review) per member they are assigned to; unassigned ones are named in the summary.
export function ReviewerLoadChart({ load, locale }: Pick<Overview, "load"> & { locale: InterfaceLocale }) {
  const t = useTranslations("overview.load");
  const states = useTranslations("vocabulary.claimState");
  const n = (value: number) => formatNumber(value, locale);
  const rows = [
    ...load.rows,
    ...(load.unassigned.total > 0 ? [{ userId: "", name: t("unassigned"), ...load.unassigned }] : []),
  ];
  return (
    <ChartFigure
      id="load"
      title={t("title")}
      summary={load.summary}
      chart={
        <>
          <HorizontalBars
            titleId="load-title"
            summaryId="load-summary"
            locale={locale}
            rows={rows.map((r) => ({
              label: r.name,
              segments: [
                { key: "drafts", series: t("seriesDrafts"), value: r.draft, colour: DRAFT },
                { key: "in review", series: t("seriesInReview"), value: r.inReview, colour: IN_REVIEW },
              ],
            }))}
          />
          <Legend
            items={[
              { label: states("DRAFT"), colour: DRAFT },
              { label: states("IN_REVIEW"), colour: IN_REVIEW },
            ]}
          />
        </>
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assignee")}</th>
              <th scope="col">{t("drafts")}</th>
              <th scope="col">{t("inReview")}</th>
              <th scope="col">{t("open")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name + r.userId}>
                <th scope="row" className="font-normal">
                  {r.name}
                </th>
                <td>{n(r.draft)}</td>
                <td>{n(r.inReview)}</td>
                <td>{n(r.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
