"use client";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

// A one-time link shown to the admin (no SMTP configured, or the mail server refused): copy it, it is shown once.
export function CopyableLink({ id, label, link }: { id: string; label: string; link: string }) {
  const field = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
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
            name={id}
            id={id}
            value={link}
            readOnly
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <Button variant="secondary" onClick={copyLink}>
          Copy link
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-muted">
        {copy === "copied"
          ? "Copied to the clipboard."
          : copy === "manual"
            ? "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it."
            : ""}
      </p>
    </div>
  );
}
