"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Tabs } from "radix-ui";
import { useLocale, useTranslations } from "next-intl";
import { createArticleAction, previewPasteAction, type PastePreview } from "@/lib/articles/actions";
import type { ActionResult } from "@/lib/errors";
import { formatNumber } from "@/lib/i18n/format";
import { isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { LanguageField, ReaderLanguageField } from "./language-field";
import { articleLanguageLabel } from "./language-names";

const LIMIT = 5 * 1024 * 1024;
const TAB =
  "rounded-md px-3 py-1.5 text-sm text-muted data-[state=active]:bg-white data-[state=active]:font-medium data-[state=active]:text-ink data-[state=active]:shadow-sm";

export function NewArticleForm({ organizationLanguage }: { organizationLanguage: string }) {
  const t = useTranslations("intake.newForm");
  const fields = useTranslations("intake.fields");
  const current = useLocale();
  const locale: InterfaceLocale = isInterfaceLocale(current) ? current : "en";
  const router = useRouter();
  const [source, setSource] = useState("paste");
  const [tooBig, setTooBig] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<ActionResult<PastePreview> | null>(null);
  const [previewing, startPreview] = useTransition();
  function showPreview() {
    if (!form.current) return;
    const data = new FormData(form.current);
    const fields = new FormData();
    fields.set("content", String(data.get("content") ?? ""));
    fields.set("format", String(data.get("format") ?? "auto"));
    startPreview(async () => setPreview(await previewPasteAction(null, fields)));
  }
  // only the chosen tab's input travels: a 10 MB file left in the hidden upload tab must not ride along with a URL
  const dropOtherSources = (data: FormData) => {
    if (source !== "paste") data.delete("content");
    if (source !== "upload") data.delete("file");
    if (source !== "url") data.delete("url");
  };
  const { result, pending, onSubmit } = useFormSubmit(
    createArticleAction,
    (r) => {
      if (r.ok) router.push(`/articles/${r.data.articleId}`);
    },
    dropOtherSources,
  );
  const errors: Record<string, string | undefined> =
    result && !result.ok
      ? { ...result.fieldErrors, ...(result.details?.field === "source" ? { source: result.message } : {}) }
      : {};

  function guardSize(e: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget);
    const content = String(data.get("content") ?? "");
    const file = data.get("file");
    const bytes =
      source === "paste" ? new Blob([content]).size : source === "upload" && file instanceof File ? file.size : 0;
    if (bytes > LIMIT) {
      e.preventDefault();
      setTooBig(t("tooBig", { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale) }));
      return;
    }
    setTooBig(null);
    onSubmit(e);
  }

  return (
    <form ref={form} onSubmit={guardSize} className="space-y-6" noValidate aria-label={t("label")}>
      {(tooBig || (result && !result.ok)) && (
        <FormMessage tone="error">{tooBig ?? (result && !result.ok ? result.message : "")}</FormMessage>
      )}
      <input type="hidden" name="source" value={source} />
      <Tabs.Root value={source} onValueChange={setSource} className="rounded-xl border border-line bg-white p-5">
        <Tabs.List aria-label={t("sourceTabs")} className="mb-4 inline-flex gap-1 rounded-lg bg-slate-100 p-1">
          <Tabs.Trigger value="paste" className={TAB}>
            {t("paste")}
          </Tabs.Trigger>
          <Tabs.Trigger value="upload" className={TAB}>
            {t("upload")}
          </Tabs.Trigger>
          <Tabs.Trigger value="url" className={TAB}>
            {t("url")}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="paste" forceMount hidden={source !== "paste"} className="space-y-4">
          <SelectField label={t("format")} name="format" defaultValue="auto" onChange={() => setPreview(null)}>
            <option value="auto">{t("formatAuto")}</option>
            <option value="text">{t("formatText")}</option>
            <option value="markdown">{t("formatMarkdown")}</option>
            <option value="html">{t("formatHtml")}</option>
          </SelectField>
          <TextAreaField
            label={t("text")}
            name="content"
            rows={14}
            placeholder={t("textPlaceholder")}
            error={source === "paste" ? (errors.source ?? errors.content) : undefined}
            onChange={() => setPreview(null)}
          />
          <div className="flex items-center gap-3">
            <Button type="button" variant="secondary" onClick={showPreview} disabled={previewing}>
              {previewing ? t("previewing") : t("preview")}
            </Button>
            <span className="text-xs text-muted">{t("previewHint")}</span>
          </div>
          <PastePreviewPanel preview={preview} locale={locale} />
        </Tabs.Content>
        <Tabs.Content value="upload" forceMount hidden={source !== "upload"} className="space-y-2">
          <TextField
            label={t("file")}
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            error={source === "upload" ? errors.source : undefined}
          />
        </Tabs.Content>
        <Tabs.Content value="url" forceMount hidden={source !== "url"} className="space-y-2">
          <TextField
            label={t("articleUrl")}
            name="url"
            type="url"
            placeholder={t("urlPlaceholder")}
            hint={t("urlHint")}
            error={source === "url" ? errors.source : undefined}
          />
        </Tabs.Content>
      </Tabs.Root>
      <fieldset className="grid gap-4 rounded-xl border border-line bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">
          {t("details")} <span className="font-normal text-muted">{t("detailsHint")}</span>
        </legend>
        <div className="sm:col-span-2">
          <TextField label={fields("title")} name="title" error={errors.title} />
        </div>
        <TextField label={fields("outlet")} name="outlet" error={errors.outlet} />
        <TextField label={fields("author")} name="author" error={errors.author} />
        <TextField
          label={fields("publicationDate")}
          name="originalPublishedAt"
          type="date"
          error={errors.originalPublishedAt}
        />
        <TextField label={fields("originalUrl")} name="originalUrl" type="url" error={errors.originalUrl} />
        <LanguageField empty="detect" error={errors.language} />
        <ReaderLanguageField organizationLanguage={organizationLanguage} error={errors.readerLanguage} />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

/** What "Preview" found: the format, title and language, and the first paragraphs as they will be stored. */
function PastePreviewPanel({
  preview,
  locale,
}: {
  preview: ActionResult<PastePreview> | null;
  locale: InterfaceLocale;
}) {
  const t = useTranslations("intake.preview");
  return (
    <div aria-live="polite">
      {preview && !preview.ok && <FormMessage tone="error">{preview.message}</FormMessage>}
      {preview?.ok && (
        <section aria-label={t("label")} className="rounded-lg border border-line bg-slate-50 px-4 py-3 text-sm">
          <p>
            {t.rich("readAs", {
              strong: (c) => <strong>{c}</strong>,
              reading: t(`reading.${preview.data.reading}`),
              count: preview.data.totalParagraphs,
              countText: formatNumber(preview.data.totalParagraphs, locale),
            })}
            {preview.data.language &&
              t("language", { language: articleLanguageLabel(preview.data.language, locale, { native: false }) })}
            {preview.data.title && t("title", { title: preview.data.title })}
            {t("notRight")}
          </p>
          {preview.data.removedMarkup.length > 0 && (
            <p className="mt-1 text-amber-900">{t("removed", { elements: preview.data.removedMarkup.join(", ") })}</p>
          )}
          <ol className="mt-2 list-decimal space-y-1 ps-5 font-serif">
            {preview.data.paragraphs.map((paragraph, i) => (
              <li key={i} dir="auto">
                {paragraph}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
