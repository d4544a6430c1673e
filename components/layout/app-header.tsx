import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { BrandMark } from "./brand-mark";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

const SETTINGS_PERMISSIONS = ["scale.manage", "member.manage", "token.manage", "settings.manage"] as const;

export async function AppHeader({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations("layout.header");
  const roles = await getTranslations("vocabulary.role");
  const links = [
    { href: "/articles", label: t("articles") },
    { href: "/my-work", label: t("myWork") },
    { href: "/experts", label: t("experts") },
    { href: "/search", label: t("search") },
    ...(can(viewer.role, "overview.read") ? [{ href: "/overview", label: t("overview") }] : []),
    { href: "/exports", label: t("exports") },
    // the organization's settings (scales, members, tokens, other fact-checkers, embed) live on one page for admins
    ...(SETTINGS_PERMISSIONS.some((p) => can(viewer.role, p)) ? [{ href: "/settings", label: t("settings") }] : []),
  ];
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-white/90 backdrop-blur print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4">
        <Link href="/articles" className="flex items-center gap-2 font-semibold">
          <BrandMark small />
          <span>{t("brand")}</span>
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-1 items-center gap-1 overflow-x-auto">
          {links.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <NotificationBell />
        <UserMenu name={viewer.name} email={viewer.email} roleLabel={roles(viewer.role)} orgName={viewer.orgName} />
      </div>
    </header>
  );
}
