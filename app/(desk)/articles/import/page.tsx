import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { ImportForm } from "@/components/reports/import-form";

export const metadata: Metadata = { title: "Import a review" };

export default async function ImportArticlePage() {
  await requirePageViewer("/articles/import");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import a review</h1>
        <p className="text-sm text-muted">
          Creates a new article in your organization from a review export or from W3C annotations.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
