"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveScaleAction } from "@/lib/scales/actions";
import type { ScaleView } from "@/lib/scales/data";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { cn } from "@/lib/class-names";

type OptionDraft = {
  key: string;
  id: string | null;
  label: string;
  description: string;
  colour: string;
  value: string;
  retired: boolean;
  usedBy: number;
};
const INPUT =
  "block w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";
let n = 0;

export function ScaleEditor({ scale, onDone }: { scale: ScaleView | null; onDone: () => void }) {
  const router = useRouter();
  const [name, setName] = useState(scale?.name ?? "");
  const [description, setDescription] = useState(scale?.description ?? "");
  const [options, setOptions] = useState<OptionDraft[]>(() =>
    (scale?.options ?? []).map((o) => ({ key: o.id, ...o, description: o.description ?? "", value: String(o.value) })),
  );
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const set = (i: number, patch: Partial<OptionDraft>) =>
    setOptions((os) => os.map((o, j) => (j === i ? { ...o, ...patch } : o)));
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
        })),
      });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setMessage({ tone: "success", text: "Scale saved." });
      router.refresh();
      onDone();
    });
  }

  return (
    <form
      onSubmit={save}
      noValidate
      aria-label={scale ? `Edit ${scale.name}` : "New rating scale"}
      className="space-y-4"
    >
      {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm font-medium">
          Name
          <input className={cn(INPUT, "mt-1")} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="text-sm font-medium">
          Description
          <input className={cn(INPUT, "mt-1")} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">Options, best rating first</caption>
        <thead className="text-left text-xs tracking-wide text-muted uppercase">
          <tr>
            <th className="py-1">Label</th>
            <th>Colour</th>
            <th>Value</th>
            <th>Description</th>
            <th>Retired</th>
            <th>
              <span className="sr-only">Order and removal</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {options.map((o, i) => (
            <tr key={o.key} className="align-top">
              <td className="py-1 pr-2">
                <input
                  aria-label={`Label of option ${i + 1}`}
                  className={INPUT}
                  value={o.label}
                  onChange={(e) => set(i, { label: e.target.value })}
                />
              </td>
              <td className="py-1 pr-2">
                <input
                  aria-label={`Colour of option ${i + 1}`}
                  type="color"
                  className="h-9 w-12 rounded border border-line"
                  value={o.colour}
                  onChange={(e) => set(i, { colour: e.target.value })}
                />
              </td>
              <td className="py-1 pr-2">
                <input
                  aria-label={`Value of option ${i + 1}`}
                  type="number"
                  step="any"
                  className={cn(INPUT, "w-20")}
                  value={o.value}
                  onChange={(e) => set(i, { value: e.target.value })}
                />
              </td>
              <td className="py-1 pr-2">
                <input
                  aria-label={`Description of option ${i + 1}`}
                  className={INPUT}
                  value={o.description}
                  onChange={(e) => set(i, { description: e.target.value })}
                />
              </td>
              <td className="py-1 pr-2 text-center">
                <input
                  aria-label={`Retire option ${i + 1}`}
                  type="checkbox"
                  checked={o.retired}
                  onChange={(e) => set(i, { retired: e.target.checked })}
                />
              </td>
              <td className="flex gap-1 py-1">
                <button
                  type="button"
                  aria-label={`Move option ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  className="rounded px-1.5 hover:bg-slate-100 disabled:opacity-30"
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move option ${i + 1} down`}
                  disabled={i === options.length - 1}
                  onClick={() => move(i, 1)}
                  className="rounded px-1.5 hover:bg-slate-100 disabled:opacity-30"
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Delete option ${o.label || i + 1}`}
                  onClick={() => setOptions((os) => os.filter((_, j) => j !== i))}
                  className="rounded px-1.5 text-danger hover:bg-red-50"
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
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
              },
            ])
          }
        >
          + Add option
        </Button>
        <div className="flex gap-2">
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save scale"}
          </Button>
        </div>
      </div>
    </form>
  );
}
