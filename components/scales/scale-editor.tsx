"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { saveScaleAction } from "@/lib/scales/actions";
import type { ScaleView } from "@/lib/scales/data";
import { INTERFACE_LOCALES, localeDirection, type InterfaceLocale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { cn } from "@/lib/class-names";

type TranslationDraft = { label: string; description: string };
type OptionDraft = {
  key: string;
  id: string | null;
  label: string;
  description: string;
  colour: string;
  value: string;
  retired: boolean;
  usedBy: number;
  translations: Record<InterfaceLocale, TranslationDraft>;
};
const INPUT =
  "block w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";
let n = 0;

function draftTranslations(saved: ScaleView["options"][number]["translations"] | null): OptionDraft["translations"] {
  return Object.fromEntries(
    INTERFACE_LOCALES.map((locale) => [
      locale,
      { label: saved?.[locale]?.label ?? "", description: saved?.[locale]?.description ?? "" },
    ]),
  ) as OptionDraft["translations"];
}

export function ScaleEditor({ scale, onDone }: { scale: ScaleView | null; onDone: () => void }) {
  const t = useTranslations("scales.editor");
  const languageName = useTranslations("scales.languageName");
  const router = useRouter();
  const [name, setName] = useState(scale?.name ?? "");
  const [description, setDescription] = useState(scale?.description ?? "");
  const [options, setOptions] = useState<OptionDraft[]>(() =>
    (scale?.options ?? []).map((o) => ({
      key: o.id,
      ...o,
      description: o.description ?? "",
      value: String(o.value),
      translations: draftTranslations(o.translations),
    })),
  );
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const set = (i: number, patch: Partial<OptionDraft>) =>
    setOptions((os) => os.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const setTranslation = (i: number, locale: InterfaceLocale, patch: Partial<TranslationDraft>) =>
    setOptions((os) =>
      os.map((o, j) =>
        j === i ? { ...o, translations: { ...o.translations, [locale]: { ...o.translations[locale], ...patch } } } : o,
      ),
    );
  const move = (i: number, by: number) =>
    setOptions((os) => {
      const c = [...os];
      [c[i], c[i + by]] = [c[i + by], c[i]];
      return c;
    });

  function save(e: React.FormEvent) {
    e.preventDefault();
    start(async () => {
      const result = await saveScaleAction({
        scaleId: scale?.id,
        name,
        description,
        options: options.map((o) => ({
          id: o.id,
          label: o.label,
          description: o.description,
          colour: o.colour,
          value: o.value === "" ? NaN : Number(o.value),
          retired: o.retired,
          translations: o.translations,
        })),
      });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setMessage({ tone: "success", text: t("saved") });
      router.refresh();
      onDone();
    });
  }

  return (
    <form
      onSubmit={save}
      noValidate
      aria-label={scale ? t("editLabel", { name: scale.name }) : t("newLabel")}
      className="space-y-4"
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm font-medium">
          {t("name")}
          <input className={cn(INPUT, "mt-1")} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="text-sm font-medium">
          {t("description")}
          <input className={cn(INPUT, "mt-1")} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-start text-xs tracking-wide text-muted uppercase">
          <tr>
            <th className="py-1 text-start">{t("column.label")}</th>
            <th className="text-start">{t("column.colour")}</th>
            <th className="text-start">{t("column.value")}</th>
            <th className="text-start">{t("column.description")}</th>
            <th className="text-start">{t("column.retired")}</th>
            <th>
              <span className="sr-only">{t("column.order")}</span>
            </th>
          </tr>
        </thead>
        {options.map((o, i) => {
          const translated = INTERFACE_LOCALES.filter((locale) => o.translations[locale].label.trim()).length;
          return (
            <tbody key={o.key}>
              <tr className="align-top">
                <td className="py-1 pe-2">
                  <input
                    aria-label={t("optionLabel", { number: i + 1 })}
                    className={INPUT}
                    dir="auto"
                    value={o.label}
                    onChange={(e) => set(i, { label: e.target.value })}
                  />
                </td>
                <td className="py-1 pe-2">
                  <input
                    aria-label={t("optionColour", { number: i + 1 })}
                    type="color"
                    className="h-9 w-12 rounded border border-line"
                    value={o.colour}
                    onChange={(e) => set(i, { colour: e.target.value })}
                  />
                </td>
                <td className="py-1 pe-2">
                  <input
                    aria-label={t("optionValue", { number: i + 1 })}
                    type="number"
                    step="any"
                    className={cn(INPUT, "w-20")}
                    value={o.value}
                    onChange={(e) => set(i, { value: e.target.value })}
                  />
                </td>
                <td className="py-1 pe-2">
                  <input
                    aria-label={t("optionDescription", { number: i + 1 })}
                    className={INPUT}
                    dir="auto"
                    value={o.description}
                    onChange={(e) => set(i, { description: e.target.value })}
                  />
                </td>
                <td className="py-1 pe-2 text-center">
                  <input
                    aria-label={t("optionRetire", { number: i + 1 })}
                    type="checkbox"
                    checked={o.retired}
                    onChange={(e) => set(i, { retired: e.target.checked })}
                  />
                </td>
                <td className="flex gap-1 py-1">
                  <button
                    type="button"
                    aria-label={t("moveUp", { number: i + 1 })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    className="rounded px-1.5 hover:bg-slate-100 disabled:opacity-30"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t("moveDown", { number: i + 1 })}
                    disabled={i === options.length - 1}
                    onClick={() => move(i, 1)}
                    className="rounded px-1.5 hover:bg-slate-100 disabled:opacity-30"
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t("deleteOption", { option: o.label || String(i + 1) })}
                    onClick={() => setOptions((os) => os.filter((_, j) => j !== i))}
                    className="rounded px-1.5 text-danger hover:bg-red-50"
                  >
                    ✕
                  </button>
                </td>
              </tr>
              <tr>
                <td colSpan={6} className="pb-2">
                  <details className="rounded-md border border-line/70 px-2 py-1">
                    <summary className="cursor-pointer text-xs text-muted">
                      {t("translations.summary", {
                        option: o.label || String(i + 1),
                        count: translated,
                        total: INTERFACE_LOCALES.length,
                      })}
                    </summary>
                    <p className="mt-1 text-xs text-muted">{t("translations.hint")}</p>
                    <div className="mt-2 grid gap-2">
                      {INTERFACE_LOCALES.map((locale) => (
                        <div key={locale} className="grid gap-2 sm:grid-cols-[8rem_1fr_2fr] sm:items-center">
                          <span className="text-xs font-medium">{languageName(locale)}</span>
                          <input
                            aria-label={t("translations.label", { language: locale, number: i + 1 })}
                            lang={locale}
                            dir={localeDirection(locale)}
                            className={INPUT}
                            value={o.translations[locale].label}
                            placeholder={o.label}
                            onChange={(e) => setTranslation(i, locale, { label: e.target.value })}
                          />
                          <input
                            aria-label={t("translations.description", {
                              language: locale,
                              number: i + 1,
                            })}
                            lang={locale}
                            dir={localeDirection(locale)}
                            className={INPUT}
                            value={o.translations[locale].description}
                            onChange={(e) => setTranslation(i, locale, { description: e.target.value })}
                          />
                        </div>
                      ))}
                    </div>
                  </details>
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
      <div className="flex flex-wrap justify-between gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            setOptions((os) => [
              ...os,
              {
                key: `new-${n++}`,
                id: null,
                label: "",
                description: "",
                colour: "#64748b",
                value: String(os.length),
                retired: false,
                usedBy: 0,
                translations: draftTranslations(null),
              },
            ])
          }
        >
          {t("addOption")}
        </Button>
        <div className="flex gap-2">
          <Button variant="ghost" onClick={onDone}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
        </div>
      </div>
    </form>
  );
}
