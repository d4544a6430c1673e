import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadSetupLinkState } from "@/lib/setup/data";
import { AccountCard } from "@/components/onboarding/account-card";
import { LinkProblem } from "@/components/onboarding/link-problem";
import { SetupForm } from "@/components/onboarding/setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding.setup"))("title"), referrer: "no-referrer" };
}

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadSetupLinkState(token);
  const t = await getTranslations("onboarding.setup");
  if (state === "done")
    return (
      <AccountCard title={t("doneTitle")}>
        <LinkProblem message={t("alreadyDone")} />
      </AccountCard>
    );
  if (state !== "valid")
    return (
      <AccountCard title={t("invalidTitle")}>
        <LinkProblem message={t("invalid")} action={null} />
      </AccountCard>
    );
  return (
    <AccountCard wide title={t("title")} intro={t("intro")}>
      <SetupForm token={token} />
    </AccountCard>
  );
}
