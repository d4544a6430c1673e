import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { InterfaceLanguageForm } from "@/components/members/interface-language-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.language");
  return { title: t("title") };
}

// The member's own interface language (every role): the desk, their e-mails and their exports use it.
export default async function InterfaceLanguagePage() {
  const viewer = await requirePageViewer("/settings/language");
  const t = await getTranslations("settings.language");
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro", { email: viewer.email })}</p>
      </div>
      <section className="rounded-xl border border-line bg-white p-6">
        <InterfaceLanguageForm current={viewer.interfaceLanguage} />
      </section>
    </div>
  );
}
