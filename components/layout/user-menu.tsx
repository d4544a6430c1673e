"use client";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { useTranslations } from "next-intl";

export function UserMenu({
  name,
  email,
  roleLabel,
  orgName,
}: {
  name: string;
  email: string;
  roleLabel: string;
  orgName: string;
}) {
  const t = useTranslations("layout.userMenu");
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded-full py-1 ps-1 pe-3 text-sm hover:bg-slate-100"
        aria-label={t("accountMenu", { name })}
      >
        <span
          aria-hidden="true"
          className="grid h-7 w-7 place-items-center rounded-full bg-accent text-xs font-semibold text-white"
        >
          {initials}
        </span>
        <span className="hidden sm:inline">{name}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-lg border border-line bg-white p-1 text-sm shadow-lg"
        >
          <div className="px-3 py-2">
            <p className="font-medium">{name}</p>
            <p className="text-xs text-muted">{email}</p>
            <p className="mt-1 text-xs text-muted">
              {roleLabel} · {orgName}
            </p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Item
            asChild
            className="block rounded-md px-3 py-2 outline-none data-[highlighted]:bg-slate-100"
          >
            <Link href="/settings/email">{t("notificationsAndEmail")}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            asChild
            className="block rounded-md px-3 py-2 outline-none data-[highlighted]:bg-slate-100"
          >
            <Link href="/settings/language">{t("interfaceLanguage")}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            asChild
            className="block rounded-md px-3 py-2 outline-none data-[highlighted]:bg-slate-100"
          >
            <Link href="/signout">{t("signOut")}</Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
