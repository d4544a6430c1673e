import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadInvitationForLink } from "@/lib/invitations/data";
import { AccountCard } from "@/components/onboarding/account-card";
import { AcceptInvitationForm } from "@/components/onboarding/accept-invitation-form";
import { LinkProblem } from "@/components/onboarding/link-problem";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding.invite"))("metaTitle"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await loadInvitationForLink(token);
  const t = await getTranslations("onboarding.invite");
  if (invitation.state !== "valid") {
    return (
      <AccountCard title={t("problemTitle")}>
        <LinkProblem message={t(`problem.${invitation.state}`)} />
      </AccountCard>
    );
  }
  return (
    <AccountCard title={t("title", { org: invitation.orgName })} intro={t("intro", { role: invitation.role })}>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AccountCard>
  );
}
