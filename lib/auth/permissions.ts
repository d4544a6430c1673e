// Who may do what, as data. Row-level checks (same organization, own verdict...) live beside the data access;
// this table only answers "may a member with this role attempt this at all".
import { ROLES, type Role } from "@/lib/vocabulary/roles";

// the roles themselves live with the rest of the vocabulary; importers of the permissions table find them here too
export { ROLES, ROLE_LABELS, type Role } from "@/lib/vocabulary/roles";

const EVERYONE: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const ADMINS: readonly Role[] = ["ADMIN"];

export const PERMISSIONS = {
  "article.read": EVERYONE,
  "article.create": EVERYONE,
  "article.edit": EVERYONE,
  "article.publish": EDITORS,
  "claim.create": EVERYONE,
  "claim.edit": EVERYONE,
  "claim.delete": EVERYONE,
  "claim.submit": EVERYONE,
  "claim.approve": EDITORS,
  "claim.assign": EVERYONE,
  "comment.create": EVERYONE,
  "expert.manage": EVERYONE,
  "scale.manage": ADMINS,
  "member.manage": ADMINS,
  "settings.manage": ADMINS,
  "token.manage": ADMINS,
  "export.read": EVERYONE,
  "overview.read": EDITORS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
