import type { PublicationPreview, PublicationPreviewItem } from "@/lib/workflow/publication-plan";

// The publish dialog's side-by-side views: what readers see now beside what they will see after publishing.

const FIELD_LABELS: Record<string, string> = {
  words: "Words",
  verdict: "Verdict",
  rationale: "Rationale",
  evidence: "Evidence",
  claimant: "Claimant",
  date: "Date of the claim",
  context: "Context",
};

export const KIND_LABELS: Record<PublicationPreviewItem["kind"], string> = {
  new: "New fact-check",
  correction: "Correction",
  moved: "Follows the new text, unchanged",
  withdrawn: "Leaves the public page",
  held: "Not published yet",
};

const empty = (text: string) => (text ? text : <span className="text-muted">(none)</span>);

export function TextChanges({ text }: { text: PublicationPreview["text"] }) {
  return (
    <section aria-labelledby="text-changes">
      <h3 id="text-changes" className="text-sm font-semibold">
        Article text
      </h3>
      <table className="mt-2 w-full table-fixed border-collapse text-sm">
        <thead>
          <tr className="text-left text-xs text-muted">
            <th scope="col" className="w-1/2 pr-2 pb-1 font-medium">
              Readers see now
            </th>
            <th scope="col" className="w-1/2 pb-1 font-medium">
              After publishing
            </th>
          </tr>
        </thead>
        <tbody>
          {text.hunks.map((h, i) => (
            <tr key={i} className="border-t border-line align-top">
              <td className="py-2 pr-2 break-words whitespace-pre-wrap">
                …{h.contextBefore}
                <del className="bg-red-100 text-red-900">{h.before}</del>
                {h.contextAfter}…
              </td>
              <td className="py-2 break-words whitespace-pre-wrap">
                …{h.contextBefore}
                <ins className="bg-green-100 text-green-900 no-underline">{h.after}</ins>
                {h.contextAfter}…
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {text.more > 0 && <p className="mt-1 text-xs text-muted">And {text.more} more changes further down the text.</p>}
    </section>
  );
}

export function MetaChanges({ changes }: { changes: PublicationPreview["metaChanges"] }) {
  return (
    <section aria-labelledby="meta-changes">
      <h3 id="meta-changes" className="text-sm font-semibold">
        Article details
      </h3>
      <ChangeTable changes={changes} />
    </section>
  );
}

export function FieldChanges({ item }: { item: PublicationPreviewItem }) {
  if (item.changes.length === 0) return null;
  return <ChangeTable changes={item.changes} />;
}

function ChangeTable({ changes }: { changes: { field: string; before: string; after: string }[] }) {
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-sm">
      <thead>
        <tr className="text-left text-xs text-muted">
          <th scope="col" className="w-28 pb-1 font-medium">
            Changed
          </th>
          <th scope="col" className="pr-2 pb-1 font-medium">
            Readers see now
          </th>
          <th scope="col" className="pb-1 font-medium">
            After publishing
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="border-t border-line align-top">
            <th scope="row" className="py-1.5 pr-2 text-left font-medium">
              {FIELD_LABELS[c.field] ?? c.field[0].toUpperCase() + c.field.slice(1)}
            </th>
            <td className="py-1.5 pr-2 break-words whitespace-pre-wrap">
              <del className="bg-red-50 text-red-900">{empty(c.before)}</del>
            </td>
            <td className="py-1.5 break-words whitespace-pre-wrap">
              <ins className="bg-green-50 text-green-900 no-underline">{empty(c.after)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
