import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadResetLinkState } from "@/lib/password-resets/data";
import { AccountCard } from "@/components/onboarding/account-card";
import { LinkProblem } from "@/components/onboarding/link-problem";
import { ResetPasswordForm } from "@/components/onboarding/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding.reset"))("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadResetLinkState(token);
  const t = await getTranslations("onboarding.reset");
  if (state !== "valid") {
    return (
      <AccountCard title={t("problemTitle")}>
        <LinkProblem message={t(`problem.${state}`)} action={{ href: "/forgot-password", label: t("askAgain") }} />
      </AccountCard>
    );
  }
  return (
    <AccountCard title={t("title")} intro={t("intro")}>
      <ResetPasswordForm token={token} />
    </AccountCard>
  );
}
