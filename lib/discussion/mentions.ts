// Pure: @mentions in comment bodies. Runs on the server (who to notify) and in the browser (the mention helper).
//
// A member answers to two handles: the local part of their e-mail ("reviewer@example.org" → @reviewer) and their
// name joined with dots ("Riley Reviewer" → @riley.reviewer). Handles are lower case ASCII: accents are dropped and
// any other character becomes "-", so what the helper offers is always something the parser reads back.

export type MentionableMember = { userId: string; name: string; email: string };
export type MentionCandidate = { userId: string; name: string; handle: string };

// Letters NFKD does not split into a base letter and an accent.
const FOLDED: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", đ: "d", þ: "th", ı: "i" };

function toHandle(raw: string, separator: string): string {
  return raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/[øæœßłđþı]/g, (c) => FOLDED[c])
    .replace(/\s+/g, separator)
    .replace(/[^a-z0-9._-]/g, "-")
    .replace(/^[._-]+|[._-]+$/g, "");
}

export const handleFromEmail = (email: string): string => toHandle(email.split("@")[0] ?? "", "-");
export const handleFromName = (name: string): string => toHandle(name, ".");

// "@" must not follow a letter, digit or one of ._+- (so "editor@example.org" is an address, not a mention);
// a handle ends on a letter or digit, so "@editor." and "@editor's" read as "editor".
const MENTION = /(?<![\p{L}\p{N}_.+@-])@([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)/gu;
// Code is quoted text: "@decorator" in a snippet mentions nobody.
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;

/** The handles written in a body, normalised and de-duplicated, in order of first appearance. */
export function findMentionHandles(body: string): string[] {
  const prose = body.replace(CODE, " ");
  const seen = new Set<string>();
  for (const match of prose.matchAll(MENTION)) {
    const handle = toHandle(match[1], ".");
    if (handle) seen.add(handle);
  }
  return [...seen];
}

/**
 * Handle → member. E-mail handles win over name handles (they are unique in an organization); a name handle that
 * two members share is ambiguous and resolves to nobody rather than to the wrong person.
 */
function buildDirectory(members: MentionableMember[]): Map<string, string> {
  const byEmail = new Map<string, string>();
  for (const m of members) {
    const handle = handleFromEmail(m.email);
    if (handle && !byEmail.has(handle)) byEmail.set(handle, m.userId);
  }
  const byName = new Map<string, string | null>();
  for (const m of members) {
    const handle = handleFromName(m.name);
    if (!handle || byEmail.has(handle)) continue;
    const previous = byName.get(handle);
    byName.set(handle, previous === undefined || previous === m.userId ? m.userId : null);
  }
  const directory = new Map(byEmail);
  for (const [handle, userId] of byName) if (userId) directory.set(handle, userId);
  return directory;
}

/** The ids of the members a body mentions, each once, in order of first mention. Unknown handles are ignored. */
export function findMentionedMemberIds(body: string, members: MentionableMember[]): string[] {
  const directory = buildDirectory(members);
  const ids = new Set<string>();
  for (const handle of findMentionHandles(body)) {
    const id = directory.get(handle);
    if (id) ids.add(id);
  }
  return [...ids];
}

/** What the browser needs to offer a member: their name and the handle to insert (never their e-mail address). */
export function toMentionCandidates(members: MentionableMember[]): MentionCandidate[] {
  return members
    .map((m) => ({ userId: m.userId, name: m.name, handle: handleFromEmail(m.email) || handleFromName(m.name) }))
    .filter((c) => c.handle);
}

/** The "@query" being typed just before the caret, if any. */
export function findMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(?:^|[^\p{L}\p{N}_.+@-])@([\p{L}\p{N}._-]{0,40})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[1].length - 1, query: match[1] };
}

/** Members whose handle or name starts with (then contains) the query; handle-prefix matches first. */
export function suggestMembers(query: string, candidates: MentionCandidate[], limit = 6): MentionCandidate[] {
  const q = toHandle(query, ".");
  const words = (c: MentionCandidate) => handleFromName(c.name).split(".");
  const rank = (c: MentionCandidate): number => {
    if (!q) return 2;
    if (c.handle.startsWith(q)) return 0;
    if (words(c).some((w) => w.startsWith(q)) || handleFromName(c.name).startsWith(q)) return 1;
    // one letter inside a word matches nearly everyone: only longer queries search inside handles
    if (q.length > 1 && (c.handle.includes(q) || handleFromName(c.name).includes(q))) return 2;
    return -1;
  };
  return candidates
    .map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.c.name.localeCompare(b.c.name))
    .slice(0, limit)
    .map((x) => x.c);
}

/** Replaces the "@query" at `start` with the member's handle and a space; returns the new text and caret. */
export function insertMention(
  text: string,
  mention: { start: number; query: string },
  handle: string,
): { text: string; caret: number } {
  const end = mention.start + 1 + mention.query.length;
  const inserted = `@${handle} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(end).replace(/^ /, ""),
    caret: mention.start + inserted.length,
  };
}
