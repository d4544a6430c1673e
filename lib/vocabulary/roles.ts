// Member roles, highest first, with their labels (the permissions table in lib/auth/permissions.ts uses them).
export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" };
