// The publisher badge (app/embed/badge) is meant to be framed by any site: frame-ancestors *. It is plain HTML with
// inline styles, so everything else is shut. Plain JavaScript because next.config.js (which sends it for the path)
// reads it too; the route handler sends it as well, which keeps the handler safe wherever it is mounted.
export const BADGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *";
