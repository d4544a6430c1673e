import Link from "next/link";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { BrandMark } from "./brand-mark";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

const SETTINGS_PERMISSIONS = ["scale.manage", "member.manage", "token.manage", "settings.manage"] as const;

export function AppHeader({ viewer }: { viewer: Viewer }) {
  const links = [
    { href: "/articles", label: "Articles" },
    { href: "/my-work", label: "My work" },
    { href: "/experts", label: "Experts" },
    { href: "/search", label: "Search" },
    ...(can(viewer.role, "overview.read") ? [{ href: "/overview", label: "Overview" }] : []),
    { href: "/exports", label: "Exports" },
    // the organization's settings (scales, members, tokens, other fact-checkers, embed) live on one page for admins
    ...(SETTINGS_PERMISSIONS.some((p) => can(viewer.role, p)) ? [{ href: "/settings", label: "Settings" }] : []),
  ];
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-white/90 backdrop-blur print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4">
        <Link href="/articles" className="flex items-center gap-2 font-semibold">
          <BrandMark small />
          <span>FactDesk</span>
        </Link>
        <nav aria-label="Main" className="flex flex-1 items-center gap-1 overflow-x-auto">
          {links.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <NotificationBell />
        <UserMenu
          name={viewer.name}
          email={viewer.email}
          roleLabel={ROLE_LABELS[viewer.role]}
          orgName={viewer.orgName}
        />
      </div>
    </header>
  );
}
