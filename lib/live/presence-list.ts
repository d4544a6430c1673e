// Presence: each open tab upserts its row every HEARTBEAT_MS; a row not refreshed for PRESENCE_TTL_MS (three
// missed heartbeats) no longer counts, which covers tabs that vanished without saying goodbye.
export const HEARTBEAT_MS = 10_000;
export const PRESENCE_TTL_MS = 30_000;

export type PresenceRow = { userId: string; name: string; tabId: string; lastSeenAt: Date };
export type PresentUser = { userId: string; name: string };

export function isFresh(row: { lastSeenAt: Date }, now: Date): boolean {
  return now.getTime() - row.lastSeenAt.getTime() <= PRESENCE_TTL_MS;
}

// The people a viewer sees: everyone else with a fresh tab, once per person, in a stable order.
export function othersPresent(rows: PresenceRow[], viewerId: string, now: Date): PresentUser[] {
  const byUser = new Map<string, PresentUser>();
  for (const r of rows) {
    if (r.userId === viewerId || !isFresh(r, now)) continue;
    byUser.set(r.userId, { userId: r.userId, name: r.name });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

// Identifies a presence list so unchanged lists are not sent again.
export function presenceKey(rows: Pick<PresenceRow, "userId" | "tabId">[]): string {
  return rows
    .map((r) => `${r.userId}/${r.tabId}`)
    .sort()
    .join(",");
}

// "Erin Editor is also here", "Erin Editor and Alex Admin are also here", "A, B and 2 others are also here".
export function describePresence(names: string[]): string {
  if (names.length === 0) return "Nobody else is here";
  if (names.length === 1) return `${names[0]} is also here`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are also here`;
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]} are also here`;
  const rest = names.length - 2;
  return `${names[0]}, ${names[1]} and ${rest} others are also here`;
}

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => [...p][0]?.toUpperCase() ?? "").join("") || "?";
}
