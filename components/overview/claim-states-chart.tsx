import type { Overview } from "@/lib/overview/build-overview";
import { CLAIM_STATE_COLOURS } from "@/lib/vocabulary/claim-states";
import { ChartFigure, TABLE } from "./chart-figure";
import { HorizontalBars } from "./horizontal-bars";

export function ClaimStatesChart({ states }: Pick<Overview, "states">) {
  return (
    <ChartFigure
      id="states"
      title="Claims by state"
      summary={states.summary}
      chart={
        <HorizontalBars
          titleId="states-title"
          summaryId="states-summary"
          rows={states.bars.map((b) => ({
            label: b.label,
            segments: [{ key: "claims", value: b.count, colour: CLAIM_STATE_COLOURS[b.state] }],
          }))}
        />
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">Claims by state</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Claims</th>
            </tr>
          </thead>
          <tbody>
            {states.bars.map((b) => (
              <tr key={b.state}>
                <th scope="row" className="font-normal">
                  {b.label}
                </th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
