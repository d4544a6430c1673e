"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";
import type { InvitationDelivery } from "@/lib/invitations/deliver";
import type { Role } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { DeliveryNotice } from "./delivery-notice";

export type PendingInvitationRow = {
  id: string;
  email: string;
  role: Role;
  expiresLabel: string;
  isExpired: boolean;
  invitedByName: string | null;
};

type Outcome = { kind: "resent"; delivery: InvitationDelivery } | { kind: "revoked"; email: string };

// The outcome of the last resend or revoke lives here, above the rows: the row itself is replaced (resend) or gone
// (revoke) once the page data is refreshed, and a new link must stay on screen until the admin has copied it.
export function PendingInvitations({ invitations }: { invitations: PendingInvitationRow[] }) {
  const t = useTranslations("invitations.pending");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div className="space-y-4">
      {outcome?.kind === "resent" && (
        <DeliveryNotice
          key={outcome.delivery.link ?? outcome.delivery.email}
          delivery={outcome.delivery}
          idPrefix="resent"
        />
      )}
      {outcome?.kind === "revoked" && (
        <FormMessage tone="success">{t("revoked", { email: outcome.email })}</FormMessage>
      )}
      {invitations.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-white" aria-label={t("list")}>
          {invitations.map((invitation) => (
            <PendingInvitation key={invitation.id} invitation={invitation} onOutcome={setOutcome} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PendingInvitation({
  invitation,
  onOutcome,
}: {
  invitation: PendingInvitationRow;
  onOutcome: (outcome: Outcome) => void;
}) {
  const t = useTranslations("invitations.pending");
  const roles = useTranslations("vocabulary.role");
  const resend = useFormSubmit(resendInvitationAction, (r) => {
    if (r.ok) onOutcome({ kind: "resent", delivery: r.data });
  });
  const revoke = useFormSubmit(revokeInvitationAction, (r) => {
    if (r.ok) onOutcome({ kind: "revoked", email: r.data.email });
  });
  const failure =
    (resend.result && !resend.result.ok && resend.result.message) ||
    (revoke.result && !revoke.result.ok && revoke.result.message);
  return (
    <li className="space-y-3 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-all">{invitation.email}</p>
          <p className="text-xs text-muted">
            {roles(invitation.role)}
            {invitation.invitedByName && <> · {t("invitedBy", { name: invitation.invitedByName })}</>}
            {" · "}
            {invitation.isExpired ? (
              <span className="font-medium text-danger">{t("expired", { when: invitation.expiresLabel })}</span>
            ) : (
              t("expires", { when: invitation.expiresLabel })
            )}
          </p>
        </div>
        <form onSubmit={resend.onSubmit}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            disabled={resend.pending || revoke.pending}
            aria-busy={resend.pending}
          >
            {resend.pending ? t("resending") : t("resend")}
            <span className="sr-only">{t("forEmail", { email: invitation.email })}</span>
          </Button>
        </form>
        <form onSubmit={revoke.onSubmit}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button
            type="submit"
            variant="ghost"
            size="sm"
            disabled={resend.pending || revoke.pending}
            aria-busy={revoke.pending}
          >
            {revoke.pending ? t("revoking") : t("revoke")}
            <span className="sr-only">{t("forEmail", { email: invitation.email })}</span>
          </Button>
        </form>
      </div>
      {failure && <FormMessage tone="error">{failure}</FormMessage>}
    </li>
  );
}
