// The events that notify a member, and how the member's own settings name them (lib/notifications/messages.ts words
// the notifications themselves).
export const NOTIFICATION_KINDS = ["mention", "assignment", "approval", "changes_requested", "published"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { label: string; description: string }> = {
  mention: { label: "Mentions", description: "A colleague mentions you with @ in a comment." },
  assignment: { label: "Assignments", description: "A colleague assigns a claim to you." },
  approval: {
    label: "Approvals",
    description: "An editor approves a claim you wrote the verdict for or are assigned.",
  },
  changes_requested: {
    label: "Changes requested",
    description: "An editor sends a claim you wrote the verdict for or are assigned back for changes.",
  },
  published: { label: "Publications", description: "A claim you wrote the verdict for or are assigned is published." },
};

export const isNotificationKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);
