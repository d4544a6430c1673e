import type { Metadata } from "next";
import { loadSetupLinkState } from "@/lib/setup/data";
import { SETUP_DONE_MESSAGE, SETUP_LINK_INVALID_MESSAGE } from "@/lib/setup/messages";
import { AccountCard } from "@/components/onboarding/account-card";
import { LinkProblem } from "@/components/onboarding/link-problem";
import { SetupForm } from "@/components/onboarding/setup-form";

export const metadata: Metadata = { title: "Set up FactDesk", referrer: "no-referrer" };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadSetupLinkState(token);
  if (state === "done")
    return (
      <AccountCard title="FactDesk is set up">
        <LinkProblem message={SETUP_DONE_MESSAGE} />
      </AccountCard>
    );
  if (state !== "valid")
    return (
      <AccountCard title="This setup link cannot be used">
        <LinkProblem message={SETUP_LINK_INVALID_MESSAGE} action={null} />
      </AccountCard>
    );
  return (
    <AccountCard
      wide
      title="Set up FactDesk"
      intro="Create your organization and its first admin. You can invite everyone else afterwards."
    >
      <SetupForm token={token} />
    </AccountCard>
  );
}
