/** The Content-Security-Policy of the framable publisher badge (app/embed/badge). */
export const BADGE_CONTENT_SECURITY_POLICY: string;
