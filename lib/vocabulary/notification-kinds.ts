// The events that notify a member, and how the member's own settings name them (lib/notifications/messages.ts words
// the notifications themselves).
export const NOTIFICATION_KINDS = ["mention", "assignment", "approval", "changes_requested", "published"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { label: string; description: string }> = {
  mention: { label: "Mentions", description: "A colleague mentions you with @ in a comment." },
  assignment: { label: "Assignments", description: "A colleague assigns a claim to you." },
  approval: {
    label: "Approvals",
    description: "An editor approves a claim of yours (you wrote its verdict or it is assigned to you).",
  },
  changes_requested: {
    label: "Changes requested",
    description: "An editor sends a claim of yours back for changes.",
  },
  published: { label: "Publications", description: "A claim of yours is published." },
};

export const isNotificationKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);
