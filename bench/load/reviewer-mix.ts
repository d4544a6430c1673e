// What one signed-in reviewer connection does, over and over, as autocannon requests: create a claim, save it with a
// verdict, rationale and two citations, comment on it mentioning a colleague, then edit it (new verdict and
// rationale, one citation changed, one removed, one added). Each write carries a unique token; the write log
// records every write sent and every write the server acknowledged ({ ok: true }), for the database check after.
import { parseActionResponse } from "../../e2e/app-http";
import type { LoadFixture } from "./setup";

export type Operation = "create claim" | "save claim" | "comment" | "edit claim";
export const OPERATIONS: Operation[] = ["create claim", "save claim", "comment", "edit claim"];

export type WriteRecord = {
  op: Operation;
  token: string;
  acked: boolean;
  reviewerId: string;
  claimId?: string;
  articleId?: string;
  start?: number;
  end?: number;
  mentionedUserId?: string;
};

type ClaimData = { id: string; lockVersion: number; citations: { id: string }[] };
type Context = { reviewer?: number; claim?: ClaimData; articleIndex?: number; lastOutcome?: string };
type Request = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  hostname: string;
  port: number;
};
type AutocannonRequest = {
  method: string;
  path: string;
  op: Operation;
  setupRequest: (req: Request, context: Context) => Request | null;
  onResponse: (status: number, body: string, context: Context) => void;
};

/** A citation as the claim card's save sends it; `id` keeps an existing one. */
export function citation(kind: string, title: string, id?: string) {
  return {
    ...(id ? { id } : {}),
    kind,
    sourceTitle: title,
    publisher: "Load",
    url: kind === "DOCUMENT" ? "https://example.org/record" : null,
    quote: null,
    accessedAt: null,
    saidAt: null,
    saidWhere: null,
    expertId: null,
    newExpert: null,
  };
}

export type ActionIds = { createClaim: string; saveClaim: string; createComment: string };

// Every create gets its own (article, start, end): the range is the create's token, so a duplicate insert would show.
export function claimSlot(slotIndex: number, textLength: number): { start: number; end: number } {
  const span = textLength - 80;
  return { start: slotIndex % span, end: (slotIndex % span) + 20 + Math.floor(slotIndex / span) };
}

export function createReviewerMix(fixture: LoadFixture, ids: ActionIds, cookies: string[], runTag: string) {
  const log: WriteRecord[] = [];
  const sequence = fixture.reviewers.map(() => 0);
  const slotsUsed = fixture.articles.map(() => 0);
  const loops = fixture.reviewers.map(() => 0);
  let nextClient = 0;

  const tokenFor = (reviewer: number) => `${runTag}-r${reviewer + 1}-n${++sequence[reviewer]}`;
  const action = (req: Request, context: Context, id: string, args: unknown[], path: string): Request => {
    req.path = path;
    req.headers = {
      ...req.headers,
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: `http://${req.hostname}:${req.port}`,
      Cookie: cookies[context.reviewer!],
    };
    req.body = JSON.stringify(args);
    return req;
  };
  const articlePath = (context: Context) => `/articles/${fixture.articles[context.articleIndex!].id}`;
  // The outcome a response stands for: "ok", the refusal's code, or "unparsed" (no action result in the body).
  const readResult = <T>(status: number, body: string, context: Context) => {
    const result = status === 200 ? parseActionResponse<T>(body) : null;
    context.lastOutcome = result ? (result.ok ? "ok" : result.code) : "unparsed";
    return result?.ok ? result.data : null;
  };
  // One pending write per connection at a time, so the record of what was sent is always the last one.
  const pending = new Map<number, WriteRecord>();
  const send = (context: Context, record: Omit<WriteRecord, "acked" | "reviewerId">) => {
    const entry = { ...record, acked: false, reviewerId: fixture.reviewers[context.reviewer!].id };
    log.push(entry);
    pending.set(context.reviewer!, entry);
  };
  const ack = (context: Context, extra: Partial<WriteRecord> = {}) => {
    const entry = pending.get(context.reviewer!);
    if (entry) Object.assign(entry, extra, { acked: true });
    pending.delete(context.reviewer!);
  };

  const requests: AutocannonRequest[] = [
    {
      method: "POST",
      path: "/articles",
      op: "create claim",
      setupRequest(req, context) {
        if (context.reviewer === undefined) return req; // autocannon builds the first request before setupClient runs
        const reviewer = context.reviewer;
        context.articleIndex = (reviewer + loops[reviewer]++) % fixture.articles.length;
        const article = fixture.articles[context.articleIndex];
        const { start, end } = claimSlot(slotsUsed[context.articleIndex]++, article.textLength);
        send(context, {
          op: "create claim",
          token: `${article.id}:${start}-${end}`,
          articleId: article.id,
          start,
          end,
        });
        return action(
          req,
          context,
          ids.createClaim,
          [{ articleId: article.id, versionId: article.versionId, start, end }],
          articlePath(context),
        );
      },
      onResponse(status, body, context) {
        const claim = readResult<ClaimData>(status, body, context);
        if (claim) {
          context.claim = claim;
          ack(context, { claimId: claim.id });
        }
      },
    },
    {
      method: "POST",
      path: "/articles",
      op: "save claim",
      setupRequest(req, context) {
        if (!context.claim) return null; // the create failed: start the next round
        const token = tokenFor(context.reviewer!);
        const optionId = fixture.verdictOptionIds[sequence[context.reviewer!] % fixture.verdictOptionIds.length];
        send(context, { op: "save claim", token, claimId: context.claim.id });
        return action(
          req,
          context,
          ids.saveClaim,
          [
            {
              claimId: context.claim.id,
              lockVersion: context.claim.lockVersion,
              claimant: `Claimant ${token}`,
              claimDate: "2025-03-06",
              claimContext: null,
              verdictOptionId: optionId,
              rationale: `Checked against the record [${token}].`,
              citations: [citation("DOCUMENT", `Record [${token}]`), citation("NEWS_REPORT", `Report [${token}]`)],
            },
          ],
          articlePath(context),
        );
      },
      onResponse(status, body, context) {
        const claim = readResult<ClaimData>(status, body, context);
        if (claim) {
          context.claim = claim;
          ack(context);
        } else context.claim = undefined;
      },
    },
    {
      method: "POST",
      path: "/articles",
      op: "comment",
      setupRequest(req, context) {
        if (!context.claim) return null;
        const token = tokenFor(context.reviewer!);
        const colleague = fixture.reviewers[(context.reviewer! + 1) % fixture.reviewers.length];
        send(context, { op: "comment", token, claimId: context.claim.id, mentionedUserId: colleague.id });
        return action(
          req,
          context,
          ids.createComment,
          [
            {
              claimId: context.claim.id,
              parentId: null,
              body: `[${token}] @${colleague.handle} please check the second source.`,
            },
          ],
          articlePath(context),
        );
      },
      onResponse(status, body, context) {
        if (readResult(status, body, context)) ack(context);
      },
    },
    {
      method: "POST",
      path: "/articles",
      op: "edit claim",
      setupRequest(req, context) {
        const claim = context.claim;
        // a save that got no answer (a server killed under it) leaves the created claim here, which has no citations
        if (!claim || (claim.citations?.length ?? 0) < 1) return null;
        const token = tokenFor(context.reviewer!);
        const optionId = fixture.verdictOptionIds[sequence[context.reviewer!] % fixture.verdictOptionIds.length];
        send(context, { op: "edit claim", token, claimId: claim.id });
        return action(
          req,
          context,
          ids.saveClaim,
          [
            {
              claimId: claim.id,
              lockVersion: claim.lockVersion,
              claimant: `Claimant ${token}`,
              claimDate: "2025-03-06",
              claimContext: "Edited under load",
              verdictOptionId: optionId,
              rationale: `Re-checked with a data set [${token}].`,
              citations: [
                citation("DOCUMENT", `Record [${token}]`, claim.citations[0].id),
                citation("DATASET", `Dataset [${token}]`),
              ],
            },
          ],
          articlePath(context),
        );
      },
      onResponse(status, body, context) {
        if (readResult(status, body, context)) ack(context);
      },
    },
  ];

  // autocannon calls this once per connection: connection i is reviewer i (each reviewer is one connection).
  const setupClient = (client: {
    requestIterator: { initialContext: Context; resetContext: () => void; rebuildRequest: () => void };
  }) => {
    const reviewer = nextClient++ % fixture.reviewers.length;
    client.requestIterator.initialContext = { reviewer };
    client.requestIterator.resetContext();
    client.requestIterator.rebuildRequest();
  };

  return { requests, setupClient, log };
}
