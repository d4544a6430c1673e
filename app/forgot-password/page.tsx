import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountCard } from "@/components/onboarding/account-card";
import { ForgotPasswordForm } from "@/components/onboarding/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding.forgot"))("metaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("onboarding.forgot");
  return (
    <AccountCard title={t("title")} intro={t("intro")}>
      <ForgotPasswordForm />
      <p className="mt-5 text-center text-sm">
        <Link href="/signin" className="font-medium text-accent underline-offset-2 hover:underline">
          {t("back")}
        </Link>
      </p>
    </AccountCard>
  );
}
