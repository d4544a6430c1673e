import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signOut"))("metaTitle") };
}

export default async function SignOutPage() {
  const t = await getTranslations("auth.signOut");
  return (
    <main className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-line bg-white p-6 text-center shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-sm text-muted">{t("warning")}</p>
        <form action={signOutAction} className="mt-6 flex justify-center gap-3">
          <Link href="/articles" className={buttonClasses("secondary")}>
            {t("stay")}
          </Link>
          <button type="submit" className={buttonClasses("primary")}>
            {t("submit")}
          </button>
        </form>
      </div>
    </main>
  );
}
