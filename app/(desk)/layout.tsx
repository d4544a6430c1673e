import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { DemoAccountsBanner } from "@/components/operations/demo-accounts-banner";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { findDemoAccountEmails } from "@/lib/operations/data";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageViewer("/articles");
  // admins only: they are the ones who can remove the accounts (one small indexed query)
  const demoEmails = can(viewer.role, "member.manage") ? await findDemoAccountEmails() : [];
  const t = await getTranslations("layout");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <DemoAccountsBanner emails={demoEmails} />
      <AppHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
