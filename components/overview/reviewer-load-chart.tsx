import type { Overview } from "@/lib/overview/build-overview";
import { CLAIM_STATE_COLOURS, CLAIM_STATE_LABELS } from "@/lib/vocabulary/claim-states";
import { ChartFigure, Legend, TABLE } from "./chart-figure";
import { HorizontalBars } from "./horizontal-bars";

const { DRAFT, IN_REVIEW } = CLAIM_STATE_COLOURS;

// Open claims (draft or in review) per member they are assigned to; unassigned ones are named in the summary.
export function ReviewerLoadChart({ load }: Pick<Overview, "load">) {
  const rows = [
    ...load.rows,
    ...(load.unassigned.total > 0 ? [{ userId: "", name: "Unassigned", ...load.unassigned }] : []),
  ];
  return (
    <ChartFigure
      id="load"
      title="Reviewers’ load: open claims assigned"
      summary={load.summary}
      chart={
        <>
          <HorizontalBars
            titleId="load-title"
            summaryId="load-summary"
            rows={rows.map((r) => ({
              label: r.name,
              segments: [
                { key: "drafts", value: r.draft, colour: DRAFT },
                { key: "in review", value: r.inReview, colour: IN_REVIEW },
              ],
            }))}
          />
          <Legend
            items={[
              { label: CLAIM_STATE_LABELS.DRAFT, colour: DRAFT },
              { label: CLAIM_STATE_LABELS.IN_REVIEW, colour: IN_REVIEW },
            ]}
          />
        </>
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">Open claims per assignee</caption>
          <thead>
            <tr>
              <th scope="col">Assignee</th>
              <th scope="col">Drafts</th>
              <th scope="col">In review</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name + r.userId}>
                <th scope="row" className="font-normal">
                  {r.name}
                </th>
                <td>{r.draft}</td>
                <td>{r.inReview}</td>
                <td>{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
