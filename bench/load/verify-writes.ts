// Pure: compares the load generator's write log with what the database holds after the run.
// - every acknowledged write is there exactly once (its token found once, nothing lost, nothing duplicated);
// - a write that was sent but not acknowledged (cut off when the run stopped) is there at most once, and whole;
// - nothing is there that was never sent;
// - nothing is half-done: each claim has its one "claim.created" audit row, each save its "claim.updated" row,
//   each comment its "comment.created" row and its mention notification, and a claim's verdict, claimant and
//   live citations all come from the same (last committed) save.
import type { WriteRecord } from "./reviewer-mix";

export type DatabaseState = {
  claims: {
    id: string;
    articleId: string;
    start: number;
    end: number;
    claimant: string | null;
    rationale: string | null;
    citationTitles: string[];
  }[];
  auditEvents: { action: string; entityId: string; token: string | null }[]; // token: from the saved rationale or comment body
  comments: { id: string; body: string }[];
  // unread notification groups (lib/notifications): one per reviewer, colleague and article, counting the mentions
  mentionNotifications: { userId: string; actorId: string; count: number }[];
};

export type Check = { name: string; pass: boolean; detail: string };

export const tokenIn = (text: string | null | undefined): string | null =>
  text ? (/\[([a-z0-9-]+-r\d+-n\d+)\]/.exec(text)?.[1] ?? null) : null;

function countBy<T>(items: T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const sample = (items: string[]) =>
  items.length ? `: ${items.slice(0, 3).join("; ")}${items.length > 3 ? ` (+${items.length - 3} more)` : ""}` : "";

function check(name: string, problems: string[], okDetail: string): Check {
  return {
    name,
    pass: problems.length === 0,
    detail: problems.length ? `${problems.length} problem(s)${sample(problems)}` : okDetail,
  };
}

/** Acknowledged: exactly once. Sent, not acknowledged: at most once. Never sent: never there. */
function exactlyOnce(
  label: string,
  records: WriteRecord[],
  found: Map<string, number>,
): { check: Check; landed: Set<string> } {
  const problems: string[] = [];
  const sent = new Set(records.map((r) => r.token));
  const landed = new Set<string>();
  for (const r of records) {
    const n = found.get(r.token) ?? 0;
    if (n > 0) landed.add(r.token);
    if (r.acked && n !== 1) problems.push(`${r.token} acknowledged but found ${n} times`);
    if (!r.acked && n > 1) problems.push(`${r.token} (not acknowledged) found ${n} times`);
  }
  for (const [token, n] of found) if (!sent.has(token)) problems.push(`${token} found ${n} times but never sent`);
  const acked = records.filter((r) => r.acked).length;
  const unackedLanded = records.filter((r) => !r.acked && landed.has(r.token)).length;
  return {
    check: check(
      `${label}: every acknowledged write present exactly once`,
      problems,
      `${acked} acknowledged, all present once; ${records.length - acked} sent without acknowledgement, ${unackedLanded} of them committed`,
    ),
    landed,
  };
}

export function verifyWrites(log: WriteRecord[], db: DatabaseState): Check[] {
  const checks: Check[] = [];
  const byOp = (op: WriteRecord["op"]) => log.filter((r) => r.op === op);
  const audits = (action: string) => db.auditEvents.filter((e) => e.action === action);

  // claims: the (article, start, end) range is the create's token
  const creates = exactlyOnce(
    "create claim",
    byOp("create claim"),
    countBy(db.claims, (c) => `${c.articleId}:${c.start}-${c.end}`),
  );
  checks.push(creates.check);
  const wrongIds = byOp("create claim")
    .filter((r) => r.acked && !db.claims.some((c) => c.id === r.claimId))
    .map((r) => `${r.token} answered with claim ${r.claimId}, which is not stored`);
  const createdAudits = countBy(audits("claim.created"), (e) => e.entityId);
  const claimsWithoutAudit = db.claims
    .filter((c) => createdAudits.get(c.id) !== 1)
    .map((c) => `claim ${c.id} has ${createdAudits.get(c.id) ?? 0} "claim.created" audit rows`);
  checks.push(
    check(
      "create claim: the acknowledged id is stored and has exactly one audit row",
      [...wrongIds, ...claimsWithoutAudit],
      `${db.claims.length} claims, each with one "claim.created" row`,
    ),
  );

  // saves and edits: the token is in the rationale, and in the "claim.updated" audit row written in the same transaction
  const saveRecords = log.filter((r) => r.op === "save claim" || r.op === "edit claim");
  const saves = exactlyOnce(
    "save + edit claim (audit rows)",
    saveRecords,
    countBy(audits("claim.updated"), (e) => e.token),
  );
  checks.push(saves.check);
  const stateProblems: string[] = [];
  for (const claim of db.claims) {
    const committed = saveRecords.filter((r) => r.claimId === claim.id && saves.landed.has(r.token));
    const last = committed.at(-1);
    const token = tokenIn(claim.rationale);
    if (!last) {
      if (claim.rationale !== null || claim.citationTitles.length)
        stateProblems.push(`claim ${claim.id} has a verdict or citations but no committed save`);
      continue;
    }
    if (token !== last.token)
      stateProblems.push(
        `claim ${claim.id}: verdict from ${token ?? "nothing"}, last committed save ${last.token} (lost update)`,
      );
    if (tokenIn(`[${claim.claimant?.replace(/^Claimant /, "")}]`) !== last.token)
      stateProblems.push(`claim ${claim.id}: claimant "${claim.claimant}" is not from ${last.token}`);
    const expectedCitations = 2;
    if (
      claim.citationTitles.length !== expectedCitations ||
      claim.citationTitles.some((t) => tokenIn(t) !== last.token)
    ) {
      stateProblems.push(
        `claim ${claim.id}: citations ${JSON.stringify(claim.citationTitles)} are not the ${expectedCitations} of ${last.token}`,
      );
    }
  }
  checks.push(
    check(
      "save + edit claim: verdict, claimant and citations all from the last committed save",
      stateProblems,
      `${db.claims.length} claims consistent`,
    ),
  );

  // comments: the token is in the body; the audit row and the mention notification are written in the same transaction
  const comments = exactlyOnce(
    "comment",
    byOp("comment"),
    countBy(db.comments, (c) => tokenIn(c.body)),
  );
  checks.push(comments.check);
  const commentAudits = countBy(audits("comment.created"), (e) => e.entityId);
  // Mentions of one colleague by one reviewer on one article are counted into one unread group, so the check is
  // per reviewer and colleague: the groups' counts add up to the landed comments naming that colleague.
  const notified = new Map<string, number>();
  for (const n of db.mentionNotifications)
    notified.set(`${n.actorId}→${n.userId}`, (notified.get(`${n.actorId}→${n.userId}`) ?? 0) + n.count);
  const mentioned = new Map<string, number>();
  for (const r of byOp("comment"))
    if (comments.landed.has(r.token) && r.mentionedUserId !== r.reviewerId)
      // nobody is notified of their own mention
      mentioned.set(
        `${r.reviewerId}→${r.mentionedUserId}`,
        (mentioned.get(`${r.reviewerId}→${r.mentionedUserId}`) ?? 0) + 1,
      );
  const halfDone: string[] = [];
  for (const c of db.comments)
    if (commentAudits.get(c.id) !== 1) halfDone.push(`comment ${c.id} has ${commentAudits.get(c.id) ?? 0} audit rows`);
  for (const key of new Set([...notified.keys(), ...mentioned.keys()])) {
    const n = notified.get(key) ?? 0,
      expected = mentioned.get(key) ?? 0;
    if (n !== expected) halfDone.push(`${key}: ${n} mentions notified for ${expected} comments naming the member`);
  }
  checks.push(
    check(
      "comment: each has exactly one audit row and one mention notification",
      halfDone,
      `${db.comments.length} comments, each with its audit row and notification`,
    ),
  );
  return checks;
}
