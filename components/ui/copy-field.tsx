"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

// A value shown once (a new API token, a one-time link) with a Copy button; where the clipboard is refused, the
// value is selected and the person is told how to copy it.
export function CopyField({ name, label, value, what }: { name: string; label: string; value: string; what: string }) {
  const t = useTranslations("ui.copyField");
  const field = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  async function copyValue() {
    try {
      await navigator.clipboard.writeText(value);
      setCopy("copied");
    } catch {
      field.current?.querySelector("input")?.select();
      setCopy("manual");
    }
  }
  return (
    <div className="space-y-1">
      <div className="flex items-end gap-2" ref={field}>
        <div className="flex-1">
          <TextField
            label={label}
            name={name}
            value={value}
            readOnly
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <Button variant="secondary" onClick={copyValue}>
          {t("copy", { what })}
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-muted">
        {copy === "copied" ? t("copied") : copy === "manual" ? t("manual", { what }) : ""}
      </p>
    </div>
  );
}
