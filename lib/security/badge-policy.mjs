// The publisher badge (app/embed/badge) is plain HTML with inline styles, so everything is shut but styles; it may be
// framed only by the sites on its organization's embed allow-list (`frameAncestors`, from frameAncestorsFor in
// lib/http/embed-origin.ts). The route handler sends it; next.config.js sends no policy for that path.
export const badgeContentSecurityPolicy = (frameAncestors) =>
  `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors}`;
