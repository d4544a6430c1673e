import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { NewArticleForm } from "@/components/intake/new-article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requirePageViewer("/articles/new");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add an article</h1>
        <p className="text-sm text-muted">
          Bring in the article you are checking. Scripts, styles and unsafe links are removed; the text is kept exactly.
        </p>
      </div>
      <NewArticleForm />
    </div>
  );
}
