import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { summarizeExternalReviews } from "@/lib/claim-finder/external-reviews";
import { ImportExternalReviewsForm } from "@/components/claim-finder/import-external-reviews-form";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Other fact-checkers" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ExternalReviewsPage() {
  const viewer = await requirePageViewer("/settings/external-reviews");
  if (!can(viewer.role, "settings.manage")) return <Forbidden what="the other fact-checkers page" />;
  const { total, publishers } = await summarizeExternalReviews(viewer.orgId);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Other fact-checkers</h1>
        <p className="max-w-2xl text-sm text-muted">
          Bring in other organizations’ published fact-checks (schema.org ClaimReview). Your reviewers see them under
          “Already checked” while they work on a similar claim, marked with their publisher. They never appear on your
          reader pages or in your exports.
        </p>
      </div>
      <div className="overflow-x-auto rounded-xl border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption className="px-4 py-3 text-left text-sm font-semibold">
            Imported reviews ({total.toLocaleString("en")})
          </caption>
          <thead className="border-y border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">
                Publisher
              </th>
              <th scope="col" className="px-4 py-3">
                Reviews
              </th>
              <th scope="col" className="px-4 py-3">
                Last imported
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {publishers.length === 0 && (
              <tr>
                <td colSpan={3} className="px-4 py-6 text-muted">
                  Nothing imported yet.
                </td>
              </tr>
            )}
            {publishers.map((p) => (
              <tr key={p.publisher}>
                <th scope="row" className="px-4 py-3 font-medium">
                  {p.publisher}
                </th>
                <td className="px-4 py-3">{p.reviews.toLocaleString("en")}</td>
                <td className="px-4 py-3">{dateTime.format(new Date(p.lastImportedAt))} UTC</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="import-reviews" className="rounded-xl border border-line bg-white p-6">
        <h2 id="import-reviews" className="mb-1 text-lg font-semibold">
          Import ClaimReview
        </h2>
        <p className="mb-4 max-w-2xl text-sm text-muted">
          A JSON-LD file (one ClaimReview, a list, or a DataFeed), or the address of a feed, which is read page by page.
          Importing the same reviews again updates them; nothing is duplicated.
        </p>
        <ImportExternalReviewsForm />
      </section>
    </div>
  );
}
