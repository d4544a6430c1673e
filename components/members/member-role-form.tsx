"use client";
import { useTranslations } from "next-intl";
import { changeMemberRoleAction } from "@/lib/members/actions";
import type { Role } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/use-form-submit";

// least to most rights, as the menu always listed them
const ROLE_ORDER: readonly Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

// The role of one member, changed in place. Changing it signs the member out everywhere (they sign in again with
// exactly what the new role allows); the last active admin cannot be changed, and the server says so.
export function MemberRoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const t = useTranslations("members.role");
  const roles = useTranslations("vocabulary.role");
  const common = useTranslations("common");
  const { result, pending, onSubmit } = useFormSubmit(changeMemberRoleAction);
  const selectId = `role-${userId}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        {t("of", { name })}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        key={role}
        className="h-8 rounded-md border border-line bg-white px-2 text-sm"
      >
        {ROLE_ORDER.map((r) => (
          <option key={r} value={r}>
            {roles(r)}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {pending ? common("saving") : t("save")}
        <span className="sr-only">{t("saveFor", { name })}</span>
      </Button>
      <span className="w-full text-xs" aria-live="polite">
        {result && !result.ok && (
          <span role="alert" className="text-danger">
            {result.message}
          </span>
        )}
        {result?.ok && <span className="text-success">{result.data.changed ? t("saved") : t("unchanged")}</span>}
      </span>
    </form>
  );
}
