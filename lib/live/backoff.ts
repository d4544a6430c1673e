// Reconnect delays for the LISTEN connection: 0.5 s doubling to 30 s, with up to 20 % jitter so several app
// servers that lost the database together do not all come back in the same instant.
export const RECONNECT_MIN_MS = 500;
export const RECONNECT_MAX_MS = 30_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - 0.2 * random()));
}
