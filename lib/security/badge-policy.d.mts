/** The Content-Security-Policy of the publisher badge (app/embed/badge), framable by `frameAncestors` only. */
export function badgeContentSecurityPolicy(frameAncestors: string): string;
