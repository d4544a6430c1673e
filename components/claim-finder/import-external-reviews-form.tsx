"use client";
import { importExternalReviewsAction } from "@/lib/claim-finder/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function ImportExternalReviewsForm() {
  const { result, pending, onSubmit } = useFormSubmit(importExternalReviewsAction, (r, form) => {
    if (r.ok) form.reset();
  });
  const failure = result && !result.ok ? result : null;
  const field = failure?.details?.field as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import ClaimReview" className="space-y-4" aria-busy={pending}>
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      {result?.ok && (
        <FormMessage tone="success">
          Imported: {result.data.added} new, {result.data.updated} updated
          {result.data.skipped > 0 ? `, ${result.data.skipped} skipped (the first ${result.data.firstSkipReason})` : ""}
          .
        </FormMessage>
      )}
      <TextField
        label="Feed address"
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://factchecker.example/feeds/claimreview"
        hint="Leave empty to import a file instead."
        error={field === "url" ? failure?.message : undefined}
      />
      <div>
        <label htmlFor="claim-review-file" className="block text-sm font-medium">
          JSON-LD file
        </label>
        <input
          id="claim-review-file"
          name="file"
          type="file"
          accept=".json,.jsonld,application/ld+json,application/json"
          aria-invalid={field === "file"}
          aria-describedby={field === "file" ? "claim-review-file-error" : undefined}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-white file:px-3 file:py-1.5 file:text-sm"
        />
        {field === "file" && failure && (
          <p id="claim-review-file-error" className="mt-1 text-xs text-danger">
            {failure.message}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import reviews"}
      </Button>
    </form>
  );
}
