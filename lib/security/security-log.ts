// Security events (refused sign-ins, refused cross-site requests) as one JSON line each on stderr, so a log
// collector can count and alert on them. Callers pass only what identifies the attempt: never a password or token.

export type SecurityEvent =
  | "sign_in_refused"
  | "cross_site_request_refused"
  | "password_reset_requested"
  | "password_reset_refused"
  | "password_reset_failed"
  | "password_reset_not_sent";

export function formatSecurityEvent(
  event: SecurityEvent,
  fields: Record<string, string | number>,
  at = new Date(),
): string {
  return JSON.stringify({ level: "warn", kind: "security", event, ...fields, at: at.toISOString() });
}

export function logSecurityEvent(event: SecurityEvent, fields: Record<string, string | number>): void {
  console.warn(formatSecurityEvent(event, fields));
}
