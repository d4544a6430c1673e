"use client";
import type { InvitationDelivery } from "@/lib/invitations/deliver";
import { FormMessage } from "@/components/ui/field";
import { CopyableLink } from "./copyable-link";

// What happened to an invitation just issued: e-mailed, or a link for the admin to pass on.
export function DeliveryNotice({ delivery, idPrefix }: { delivery: InvitationDelivery; idPrefix: string }) {
  if (delivery.emailed)
    return (
      <FormMessage tone="success">
        Invitation e-mailed to {delivery.email}. The link works once, for 7 days.
      </FormMessage>
    );
  return (
    <section
      aria-label={`New invitation for ${delivery.email}`}
      className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-4"
    >
      {delivery.mailError ? (
        <FormMessage tone="error">{delivery.mailError}</FormMessage>
      ) : (
        <FormMessage tone="success">
          Invitation for {delivery.email} created. No e-mail server is configured: send them this link yourself. It
          works once, for 7 days, and is shown only now.
        </FormMessage>
      )}
      {delivery.link && (
        <CopyableLink id={`${idPrefix}-link`} label={`Invitation link for ${delivery.email}`} link={delivery.link} />
      )}
    </section>
  );
}
