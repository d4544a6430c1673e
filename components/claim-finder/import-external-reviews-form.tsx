"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { importExternalReviewsAction } from "@/lib/claim-finder/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

// An address, the same in every language.
const FEED_EXAMPLE = "https://factchecker.example/feeds/claimreview";

export function ImportExternalReviewsForm() {
  const t = useTranslations("claimFinder.import");
  const locale = useLocale();
  const n = (count: number) => formatNumber(count, locale);
  const { result, pending, onSubmit } = useFormSubmit(importExternalReviewsAction, (r, form) => {
    if (r.ok) form.reset();
  });
  const failure = result && !result.ok ? result : null;
  const field = failure?.details?.field as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="space-y-4" aria-busy={pending}>
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      {result?.ok && (
        <FormMessage tone="success">
          {result.data.skipped > 0
            ? t("importedSkipped", {
                added: n(result.data.added),
                updated: n(result.data.updated),
                skipped: n(result.data.skipped),
                reason: result.data.firstSkipReason ?? "",
              })
            : t("imported", { added: n(result.data.added), updated: n(result.data.updated) })}
        </FormMessage>
      )}
      <TextField
        label={t("feed")}
        name="url"
        type="url"
        inputMode="url"
        placeholder={FEED_EXAMPLE}
        hint={t("feedHint")}
        error={field === "url" ? failure?.message : undefined}
      />
      <div>
        <label htmlFor="claim-review-file" className="block text-sm font-medium">
          {t("file")}
        </label>
        <input
          id="claim-review-file"
          name="file"
          type="file"
          accept=".json,.jsonld,application/ld+json,application/json"
          aria-invalid={field === "file"}
          aria-describedby={field === "file" ? "claim-review-file-error" : undefined}
          className="mt-1 block text-sm file:me-3 file:rounded-md file:border file:border-line file:bg-white file:px-3 file:py-1.5 file:text-sm"
        />
        {field === "file" && failure && (
          <p id="claim-review-file-error" className="mt-1 text-xs text-danger">
            {failure.message}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("importing") : t("submit")}
      </Button>
    </form>
  );
}
