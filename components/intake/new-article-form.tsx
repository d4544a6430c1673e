"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Tabs } from "radix-ui";
import { createArticleAction, previewPasteAction, type PastePreview } from "@/lib/articles/actions";
import type { ActionResult } from "@/lib/errors";
import { languageName } from "@/lib/vocabulary/languages";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { LanguageField } from "./language-field";

const LIMIT = 5 * 1024 * 1024;
const TAB =
  "rounded-md px-3 py-1.5 text-sm text-muted data-[state=active]:bg-white data-[state=active]:font-medium data-[state=active]:text-ink data-[state=active]:shadow-sm";

export function NewArticleForm() {
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
      setTooBig(
        `The article is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB. Remove parts that are not the article and try again.`,
      );
      return;
    }
    setTooBig(null);
    onSubmit(e);
  }

  return (
    <form ref={form} onSubmit={guardSize} className="space-y-6" noValidate aria-label="Add an article">
      {(tooBig || (result && !result.ok)) && (
        <FormMessage tone="error">{tooBig ?? (result && !result.ok ? result.message : "")}</FormMessage>
      )}
      <input type="hidden" name="source" value={source} />
      <Tabs.Root value={source} onValueChange={setSource} className="rounded-xl border border-line bg-white p-5">
        <Tabs.List
          aria-label="How to bring the article in"
          className="mb-4 inline-flex gap-1 rounded-lg bg-slate-100 p-1"
        >
          <Tabs.Trigger value="paste" className={TAB}>
            Paste
          </Tabs.Trigger>
          <Tabs.Trigger value="upload" className={TAB}>
            Upload a file
          </Tabs.Trigger>
          <Tabs.Trigger value="url" className={TAB}>
            Import from URL
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="paste" forceMount hidden={source !== "paste"} className="space-y-4">
          <SelectField label="Format" name="format" defaultValue="auto" onChange={() => setPreview(null)}>
            <option value="auto">Detect automatically</option>
            <option value="text">Plain text</option>
            <option value="markdown">Markdown</option>
            <option value="html">HTML</option>
          </SelectField>
          <TextAreaField
            label="Article text"
            name="content"
            rows={14}
            placeholder="Paste the article here: plain text, Markdown or HTML."
            error={source === "paste" ? (errors.source ?? errors.content) : undefined}
            onChange={() => setPreview(null)}
          />
          <div className="flex items-center gap-3">
            <Button type="button" variant="secondary" onClick={showPreview} disabled={previewing}>
              {previewing ? "Reading…" : "Preview"}
            </Button>
            <span className="text-xs text-muted">See how the paste will be read before you add it.</span>
          </div>
          <PastePreviewPanel preview={preview} />
        </Tabs.Content>
        <Tabs.Content value="upload" forceMount hidden={source !== "upload"} className="space-y-2">
          <TextField
            label="File (.txt, .md or .html, up to 5 MB)"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            error={source === "upload" ? errors.source : undefined}
          />
        </Tabs.Content>
        <Tabs.Content value="url" forceMount hidden={source !== "url"} className="space-y-2">
          <TextField
            label="Article URL"
            name="url"
            type="url"
            placeholder="https://www.example.com/news/story"
            hint="We fetch the page, keep the article body and read its title, outlet, author and date."
            error={source === "url" ? errors.source : undefined}
          />
        </Tabs.Content>
      </Tabs.Root>
      <fieldset className="grid gap-4 rounded-xl border border-line bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">
          Details{" "}
          <span className="font-normal text-muted">(left empty, they are read from the article where possible)</span>
        </legend>
        <div className="sm:col-span-2">
          <TextField label="Title" name="title" error={errors.title} />
        </div>
        <TextField label="Outlet" name="outlet" error={errors.outlet} />
        <TextField label="Author" name="author" error={errors.author} />
        <TextField label="Publication date" name="originalPublishedAt" type="date" error={errors.originalPublishedAt} />
        <TextField label="Original URL" name="originalUrl" type="url" error={errors.originalUrl} />
        <LanguageField emptyLabel="Detect automatically" error={errors.language} />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding article…" : "Add article"}
      </Button>
    </form>
  );
}

const READINGS: Record<PastePreview["reading"], string> = {
  text: "plain text",
  markdown: "Markdown",
  html: "HTML",
  mixed: "plain text with HTML blocks (each block read as what it is)",
};

/** What "Preview" found: the format, title and language, and the first paragraphs as they will be stored. */
function PastePreviewPanel({ preview }: { preview: ActionResult<PastePreview> | null }) {
  return (
    <div aria-live="polite">
      {preview && !preview.ok && <FormMessage tone="error">{preview.message}</FormMessage>}
      {preview?.ok && (
        <section aria-label="Preview" className="rounded-lg border border-line bg-slate-50 px-4 py-3 text-sm">
          <p>
            Read as <strong>{READINGS[preview.data.reading]}</strong>: {preview.data.totalParagraphs}{" "}
            {preview.data.totalParagraphs === 1 ? "paragraph" : "paragraphs"}
            {preview.data.language && <>, {languageName(preview.data.language)}</>}
            {preview.data.title && <>, title “{preview.data.title}”</>}. Not right? Choose another Format and preview
            again.
          </p>
          {preview.data.removedMarkup.length > 0 && (
            <p className="mt-1 text-amber-900">
              Not kept: {preview.data.removedMarkup.join(", ")} (only paragraphs, headings, lists, quotes, links and
              basic formatting are; the text inside other formatting stays).
            </p>
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
