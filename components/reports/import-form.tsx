"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { importArticleAction } from "@/lib/reports/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

// Upload a FactDesk review export (.json) or W3C Web Annotations; either becomes a new draft article.
export function ImportForm() {
  const router = useRouter();
  const { result, pending, onSubmit } = useFormSubmit(importArticleAction, (r) => {
    if (r.ok && r.data.skipped.length === 0) router.push(`/articles/${r.data.articleId}`);
  });
  const field = result && !result.ok && typeof result.details?.field === "string" ? result.details.field : null;
  const errors: Record<string, string | undefined> =
    result && !result.ok ? { ...result.fieldErrors, ...(field ? { [field]: result.message } : {}) } : {};
  const partial = result?.ok && result.data.skipped.length > 0 ? result.data : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import a review" className="space-y-6">
      {result && !result.ok && !field && <FormMessage tone="error">{result.message}</FormMessage>}
      {partial && (
        <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <p>
            Imported {partial.imported} {partial.imported === 1 ? "claim" : "claims"}. {partial.skipped.length}{" "}
            {partial.skipped.length === 1 ? "annotation was" : "annotations were"} skipped because{" "}
            {partial.skipped.length === 1 ? "its quote was" : "their quotes were"} not found in the text (or found in
            several places):
          </p>
          <ul className="list-disc pl-5">
            {partial.skipped.map((s) => (
              <li key={s.index}>
                Annotation {s.index + 1}: “{s.quote.length > 80 ? `${s.quote.slice(0, 77)}…` : s.quote}” (
                {s.reason === "ambiguous" ? "found in several places" : "not found"})
              </li>
            ))}
          </ul>
          <Link href={`/articles/${partial.articleId}`} className="font-medium text-accent underline">
            Open the imported article
          </Link>
        </div>
      )}
      <div className="rounded-xl border border-line bg-white p-5">
        <TextField
          label="File (.json)"
          name="file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          error={errors.file}
          hint="A review exported from FactDesk as JSON, or W3C Web Annotations (an array, an AnnotationPage or one Annotation). Up to 6 MB."
        />
      </div>
      <fieldset className="space-y-4 rounded-xl border border-line bg-white p-5">
        <legend className="px-1 text-sm font-semibold">
          For annotations only <span className="font-normal text-muted">(a review export carries its own article)</span>
        </legend>
        <TextField label="Article title" name="title" error={errors.title} />
        <TextAreaField
          label="Article text"
          name="text"
          rows={10}
          error={errors.text}
          hint="The text the annotations were made on. Each annotation is placed by its quote; those that cannot be placed are listed after the import."
        />
      </fieldset>
      <p className="text-sm text-muted">
        Imported claims always start as drafts: verdicts and evidence come across, reviews, approvals and publication do
        not.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
        <span aria-live="polite" className="inline-flex items-center gap-2 text-sm">
          {pending && (
            <>
              <progress className="h-2 w-24" aria-label="Importing" />
              <span>Reading and saving the file; thousands of claims take up to a minute.</span>
            </>
          )}
        </span>
      </div>
    </form>
  );
}
