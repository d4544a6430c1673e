// Shared by the setup page and the setup mutation (no database import, so pages may use them freely).
export const SETUP_DONE_MESSAGE =
  "FactDesk is already set up on this server. Sign in, or ask an admin of your organization for an invitation.";
export const SETUP_LINK_INVALID_MESSAGE =
  "This setup link is not valid or was already used. Use the newest link printed in the server's log when it started.";
export const SETUP_NEEDED_MESSAGE =
  "FactDesk is not set up yet. Open the one-time setup link printed in the server's log when it started, or create an organization from a shell with npm run org:create.";
