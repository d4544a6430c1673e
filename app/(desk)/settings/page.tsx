import type { Metadata } from "next";
import Link from "next/link";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS: { href: string; title: string; description: string; permission: Permission }[] = [
  {
    href: "/settings/members",
    title: "Members",
    description: "Invite colleagues, change roles, deactivate or remove members.",
    permission: "member.manage",
  },
  {
    href: "/settings/scales",
    title: "Rating scales",
    description: "The verdicts your reviewers choose from, and the default scale.",
    permission: "scale.manage",
  },
  {
    href: "/settings/embed",
    title: "Embed",
    description: "The publisher embed and badge, and the sites allowed to show your checks.",
    permission: "settings.manage",
  },
  {
    href: "/settings/external-reviews",
    title: "Other fact-checkers",
    description: "Import other organizations' ClaimReview for “Already checked”.",
    permission: "settings.manage",
  },
  {
    href: "/settings/tokens",
    title: "API tokens",
    description: "Let other tools send annotations to your desk.",
    permission: "token.manage",
  },
];

export default async function SettingsPage() {
  const viewer = await requirePageViewer("/settings");
  const sections = SECTIONS.filter((s) => can(viewer.role, s.permission));
  if (sections.length === 0) return <Forbidden what="the settings" />;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="text-sm text-muted">How {viewer.orgName} works in FactDesk.</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block h-full rounded-xl border border-line bg-white p-5 hover:border-accent focus-visible:outline-2 focus-visible:outline-accent"
            >
              <span className="font-semibold">{s.title}</span>
              <span className="mt-1 block text-sm text-muted">{s.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
