import type { Metadata } from "next";
import { loadResetLinkState } from "@/lib/password-resets/data";
import { resetLinkProblem } from "@/lib/password-resets/messages";
import { AccountCard } from "@/components/onboarding/account-card";
import { LinkProblem } from "@/components/onboarding/link-problem";
import { ResetPasswordForm } from "@/components/onboarding/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadResetLinkState(token);
  if (state !== "valid") {
    return (
      <AccountCard title="This link cannot be used">
        <LinkProblem
          message={resetLinkProblem(state)}
          action={{ href: "/forgot-password", label: "Ask for a new link" }}
        />
      </AccountCard>
    );
  }
  return (
    <AccountCard title="Choose a new password" intro="Setting it signs you out everywhere else.">
      <ResetPasswordForm token={token} />
    </AccountCard>
  );
}
