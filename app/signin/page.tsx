import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { BrandMark } from "@/components/layout/brand-mark";
import { VisitorLanguageMenu } from "@/components/auth/visitor-language-menu";
import { DeskPreload } from "@/components/auth/desk-preload";
import { ArticleTable } from "@/components/articles/article-table";
import { NavLink } from "@/components/layout/nav-link";
import { UserMenu } from "@/components/layout/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getViewer } from "@/lib/auth/viewer";
import { isSetupNeeded } from "@/lib/setup/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("metaTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string }>;
}) {
  const { callbackUrl, signedOut } = await searchParams;
  if (await getViewer()) redirect("/articles");
  const setupNeeded = await isSetupNeeded();
  const t = await getTranslations("auth.signIn");
  return (
    <main className="grid min-h-screen place-items-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <BrandMark />
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-sm text-muted">{t("tagline")}</p>
        </div>
        <div className="rounded-xl border border-line bg-white p-6 shadow-sm">
          {signedOut && (
            <p role="status" className="mb-4 text-sm text-success">
              {t("signedOut")}
            </p>
          )}
          {setupNeeded ? (
            <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-ink">
              {t("setupNeeded")}
            </p>
          ) : (
            <>
              <SignInForm callbackUrl={callbackUrl ?? "/articles"} />
              {/* the client components of the desk's header and the Articles list: their scripts load now */}
              <DeskPreload modules={[NavLink, NotificationBell, UserMenu, ArticleTable]} />
            </>
          )}
          {!setupNeeded && (
            <p className="mt-5 text-center text-sm">
              <Link href="/forgot-password" className="font-medium text-accent underline-offset-2 hover:underline">
                {t("forgotPassword")}
              </Link>
            </p>
          )}
        </div>
        <div className="mt-6">
          <VisitorLanguageMenu />
        </div>
      </div>
    </main>
  );
}
