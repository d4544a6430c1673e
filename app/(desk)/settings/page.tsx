import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { Forbidden } from "@/components/ui/forbidden";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.index"))("title") };
}

type SectionKey = "members" | "scales" | "embed" | "externalReviews" | "tokens";
const SECTIONS: { key: SectionKey; href: string; permission: Permission }[] = [
  { key: "members", href: "/settings/members", permission: "member.manage" },
  { key: "scales", href: "/settings/scales", permission: "scale.manage" },
  { key: "embed", href: "/settings/embed", permission: "settings.manage" },
  { key: "externalReviews", href: "/settings/external-reviews", permission: "settings.manage" },
  { key: "tokens", href: "/settings/tokens", permission: "token.manage" },
];

export default async function SettingsPage() {
  const viewer = await requirePageViewer("/settings");
  const t = await getTranslations("settings.index");
  const sections = SECTIONS.filter((s) => can(viewer.role, s.permission));
  if (sections.length === 0) return <Forbidden what={t("forbidden")} />;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro", { org: viewer.orgName })}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block h-full rounded-xl border border-line bg-white p-5 hover:border-accent focus-visible:outline-2 focus-visible:outline-accent"
            >
              <span className="font-semibold">{t(`sections.${s.key}.title`)}</span>
              <span className="mt-1 block text-sm text-muted">{t(`sections.${s.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
