"use client";
import { useEffect, useId, useState, useTransition } from "react";
import { assignClaimAction, loadAssigneeOptionsAction } from "@/lib/workflow/actions";
import type { AssigneeOptions } from "@/lib/workflow/assign";
import { useTranslations } from "next-intl";

// Loads the members once through a server action, so the annotator page loader needs no change.
export function AssigneePicker({ claimId }: { claimId: string }) {
  const t = useTranslations("annotator.assignee");
  const roles = useTranslations("vocabulary.role");
  const id = useId();
  const [options, setOptions] = useState<AssigneeOptions | null>(null);
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let current = true;
    void loadAssigneeOptionsAction(claimId).then((result) => {
      if (!current) return;
      if (result.ok) setOptions(result.data);
      else setStatus({ tone: "error", message: result.message });
    });
    return () => {
      current = false;
    };
  }, [claimId]);

  function change(value: string) {
    const assigneeId = value || null;
    const previous = options?.assigneeId ?? null;
    setOptions((o) => o && { ...o, assigneeId });
    startTransition(async () => {
      const result = await assignClaimAction({ claimId, assigneeId });
      if (result.ok) {
        setStatus({
          tone: "success",
          message: result.data.assigneeName ? t("assignedTo", { name: result.data.assigneeName }) : t("nobody"),
        });
      } else {
        setOptions((o) => o && { ...o, assigneeId: previous });
        setStatus({ tone: "error", message: result.message });
      }
    });
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
      <label htmlFor={id} className="font-medium text-muted">
        {t("label")}
      </label>
      <select
        id={id}
        value={options?.assigneeId ?? ""}
        disabled={!options || pending}
        onChange={(e) => change(e.target.value)}
        className="rounded-md border border-line bg-white px-2 py-1 text-xs focus:border-accent focus:ring-2 focus:ring-accent/25 focus:outline-none"
      >
        {!options ? (
          <option value="">{t("loading")}</option>
        ) : (
          <>
            <option value="">{t("unassigned")}</option>
            {options.members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {t("member", { name: m.name, role: roles(m.role) })}
              </option>
            ))}
          </>
        )}
      </select>
      <span role="status" className={status?.tone === "error" ? "text-danger" : "text-muted"}>
        {status?.message}
      </span>
    </div>
  );
}
