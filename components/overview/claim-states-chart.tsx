import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import type { Overview } from "@/lib/overview/build-overview";
import { CLAIM_STATE_COLOURS } from "@/lib/vocabulary/claim-states";
import { ChartFigure, TABLE } from "./chart-figure";
import { HorizontalBars } from "./horizontal-bars";

export function ClaimStatesChart({ states, locale }: Pick<Overview, "states"> & { locale: InterfaceLocale }) {
  const t = useTranslations("overview.states");
  return (
    <ChartFigure
      id="states"
      title={t("title")}
      summary={states.summary}
      chart={
        <HorizontalBars
          titleId="states-title"
          summaryId="states-summary"
          locale={locale}
          rows={states.bars.map((b) => ({
            label: b.label,
            segments: [{ key: "claims", series: t("series"), value: b.count, colour: CLAIM_STATE_COLOURS[b.state] }],
          }))}
        />
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("claims")}</th>
            </tr>
          </thead>
          <tbody>
            {states.bars.map((b) => (
              <tr key={b.state}>
                <th scope="row" className="font-normal">
                  {b.label}
                </th>
                <td>{formatNumber(b.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
