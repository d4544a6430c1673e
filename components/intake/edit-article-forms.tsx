"use client";
import Link from "next/link";
import { editArticleTextAction, updateArticleMetaAction } from "@/lib/articles/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { LanguageField } from "./language-field";

type Meta = {
  title: string;
  outlet: string;
  author: string;
  originalPublishedAt: string;
  originalUrl: string;
  language: string;
};

export function EditDetailsForm({ articleId, meta }: { articleId: string; meta: Meta }) {
  const { result, pending, onSubmit } = useFormSubmit(updateArticleMetaAction);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Article details"
      className="space-y-4 rounded-xl border border-line bg-white p-5"
    >
      <h2 className="text-lg font-semibold">Details</h2>
      {result?.ok && <FormMessage tone="success">Details saved.</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="articleId" value={articleId} />
      <TextField label="Title" name="title" defaultValue={meta.title} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Outlet" name="outlet" defaultValue={meta.outlet} error={errors.outlet} />
        <TextField label="Author" name="author" defaultValue={meta.author} error={errors.author} />
        <TextField
          label="Publication date"
          name="originalPublishedAt"
          type="date"
          defaultValue={meta.originalPublishedAt}
          error={errors.originalPublishedAt}
        />
        <TextField
          label="Original URL"
          name="originalUrl"
          type="url"
          defaultValue={meta.originalUrl}
          error={errors.originalUrl}
        />
        <LanguageField emptyLabel="Not set" defaultValue={meta.language} error={errors.language} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save details"}
      </Button>
    </form>
  );
}

export function EditTextForm({
  articleId,
  versionId,
  versionNumber,
  text,
}: {
  articleId: string;
  versionId: string;
  versionNumber: number;
  text: string;
}) {
  const { result, pending, onSubmit } = useFormSubmit(editArticleTextAction);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Article text"
      className="space-y-4 rounded-xl border border-line bg-white p-5"
    >
      <div>
        <h2 className="text-lg font-semibold">Text (version {versionNumber})</h2>
        <p className="text-sm text-muted">
          Saving makes a new version. Claims follow their words; a claim whose words changed too much or disappeared is
          flagged for you to re-attach, never moved on a guess.
        </p>
      </div>
      {result?.ok && (
        <FormMessage tone="success">
          {result.data.unchanged
            ? "The text is unchanged; no new version was made."
            : `Saved as version ${result.data.versionNumber}: ${result.data.moved} claims followed their words, ${result.data.flagged} need re-anchoring.`}{" "}
          <Link href={`/articles/${articleId}`} className="font-medium underline">
            Back to the article
          </Link>
        </FormMessage>
      )}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="baseVersionId" value={result?.ok ? "" : versionId} />
      <TextAreaField
        label="Article text"
        name="text"
        defaultValue={text}
        rows={20}
        className="block w-full rounded-md border border-line px-3 py-2 font-serif text-[15px] leading-7"
      />
      <Button type="submit" disabled={pending || !!result?.ok}>
        {pending ? "Saving version…" : "Save new version"}
      </Button>
    </form>
  );
}
