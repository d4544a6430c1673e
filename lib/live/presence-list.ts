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

// What the presence bar says (annotator.presence.others): "Erin Editor is also here", "Erin Editor and Alex Admin
// are also here", "A, B and C are also here", "A, B and 2 others are also here"; null when nobody else is here.
export type PresenceWords = {
  shape: "one" | "two" | "three" | "more";
  first: string;
  second: string;
  third: string;
  rest: number;
};
export function presenceWords(names: string[]): PresenceWords | null {
  if (names.length === 0) return null;
  const shapes = ["one", "two", "three"] as const;
  return {
    shape: shapes[names.length - 1] ?? "more",
    first: names[0],
    second: names[1] ?? "",
    third: names[2] ?? "",
    rest: names.length - 2,
  };
}

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => [...p][0]?.toUpperCase() ?? "").join("") || "?";
}
