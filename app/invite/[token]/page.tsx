import type { Metadata } from "next";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { loadInvitationForLink } from "@/lib/invitations/data";
import { invitationProblem } from "@/lib/invitations/state";
import { AccountCard } from "@/components/onboarding/account-card";
import { AcceptInvitationForm } from "@/components/onboarding/accept-invitation-form";
import { LinkProblem } from "@/components/onboarding/link-problem";

export const metadata: Metadata = { title: "Join FactDesk", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await loadInvitationForLink(token);
  if (invitation.state !== "valid") {
    return (
      <AccountCard title="This invitation cannot be used">
        <LinkProblem message={invitationProblem(invitation.state)} />
      </AccountCard>
    );
  }
  return (
    <AccountCard
      title={`Join ${invitation.orgName}`}
      intro={`You are invited as ${ROLE_LABELS[invitation.role].toLowerCase()}. Choose your name and password.`}
    >
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AccountCard>
  );
}
