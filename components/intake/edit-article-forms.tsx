"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { editArticleTextAction, updateArticleMetaAction } from "@/lib/articles/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { formatNumber } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import { LanguageField, ReaderLanguageField } from "./language-field";

type Meta = {
  title: string;
  outlet: string;
  author: string;
  originalPublishedAt: string;
  originalUrl: string;
  language: string;
  readerLanguage: string;
};

export function EditDetailsForm({
  articleId,
  meta,
  organizationLanguage,
}: {
  articleId: string;
  meta: Meta;
  organizationLanguage: string;
}) {
  const t = useTranslations("intake.detailsForm");
  const fields = useTranslations("intake.fields");
  const { result, pending, onSubmit } = useFormSubmit(updateArticleMetaAction);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("label")}
      className="space-y-4 rounded-xl border border-line bg-white p-5"
    >
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      {result?.ok && <FormMessage tone="success">{t("saved")}</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="articleId" value={articleId} />
      <TextField label={fields("title")} name="title" defaultValue={meta.title} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={fields("outlet")} name="outlet" defaultValue={meta.outlet} error={errors.outlet} />
        <TextField label={fields("author")} name="author" defaultValue={meta.author} error={errors.author} />
        <TextField
          label={fields("publicationDate")}
          name="originalPublishedAt"
          type="date"
          defaultValue={meta.originalPublishedAt}
          error={errors.originalPublishedAt}
        />
        <TextField
          label={fields("originalUrl")}
          name="originalUrl"
          type="url"
          defaultValue={meta.originalUrl}
          error={errors.originalUrl}
        />
        <LanguageField empty="notSet" defaultValue={meta.language} error={errors.language} />
        <ReaderLanguageField
          organizationLanguage={organizationLanguage}
          defaultValue={meta.readerLanguage}
          error={errors.readerLanguage}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
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
  const t = useTranslations("intake.textForm");
  const current = useLocale();
  const locale = isInterfaceLocale(current) ? current : "en";
  const { result, pending, onSubmit } = useFormSubmit(editArticleTextAction);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("label")}
      className="space-y-4 rounded-xl border border-line bg-white p-5"
    >
      <div>
        <h2 className="text-lg font-semibold">{t("heading", { version: formatNumber(versionNumber, locale) })}</h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      {result?.ok && (
        <FormMessage tone="success">
          {result.data.unchanged
            ? t("unchanged")
            : t("saved", {
                version: formatNumber(result.data.versionNumber, locale),
                moved: result.data.moved,
                movedText: formatNumber(result.data.moved, locale),
                flagged: result.data.flagged,
                flaggedText: formatNumber(result.data.flagged, locale),
              })}{" "}
          <Link href={`/articles/${articleId}`} className="font-medium underline">
            {t("back")}
          </Link>
        </FormMessage>
      )}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="baseVersionId" value={result?.ok ? "" : versionId} />
      <TextAreaField
        label={t("text")}
        name="text"
        defaultValue={text}
        rows={20}
        className="block w-full rounded-md border border-line px-3 py-2 font-serif text-[15px] leading-7"
      />
      <Button type="submit" disabled={pending || !!result?.ok}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
