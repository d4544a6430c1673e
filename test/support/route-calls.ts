import { NextRequest } from "next/server";
import * as annotation from "@/app/api/annotations/[articleId]/[claimId]/route";
import * as container from "@/app/api/annotations/[articleId]/route";
import * as report from "@/app/api/articles/[id]/report/route";
import * as events from "@/app/api/articles/[id]/events/route";
import * as presence from "@/app/api/articles/[id]/presence/route";
import * as authjs from "@/app/api/auth/[...nextauth]/route";
import * as exports from "@/app/api/exports/route";
import * as imports from "@/app/api/imports/route";
import * as publicReviews from "@/app/api/public/reviews/route";
import * as badge from "@/app/embed/badge/[articleId]/route";
import * as readerPage from "@/app/r/[org]/[article]/route";
import * as feed from "@/app/feeds/[org]/claimreview/route";
import * as health from "@/app/api/health/route";
import * as ready from "@/app/api/ready/route";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/annotations/protocol";
import { DEMO_ORG, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import type { Caller } from "../security/authorization-matrix";
import { ANNOTATION_TEXT, annotationsFile, form, type Arrange, type CallResult } from "./action-calls";
import { unique, type World } from "./test-world";

// How each route handler method is called, aimed at OUR organization's rows. Writes to the annotation service are
// made with an organization API token, never a session: our members send our token, the other organization's
// admin sends theirs, the anonymous caller none.

const BASE = "http://localhost:3000";
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

async function answered(pending: Promise<Response> | Response): Promise<CallResult> {
  const response = await pending;
  return { outcome: response.status, body: await response.text() };
}

function bearer(w: World, caller: Caller): Record<string, string> {
  const token = caller === "anonymous" ? null : caller === "otherOrg" ? w.theirToken : w.ourToken;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

const incoming = (exact: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    bodyValue: "Please check this.",
    target: { source: "https://example.org/original", selector: { type: "TextQuoteSelector", exact } },
    ...extra,
  });

/** A draft annotation of ours filed through the API (with our token): its claim id and ETag. */
async function fileDraftAnnotation(w: World) {
  const url = `${BASE}/api/annotations/${w.ours.articleId}/`;
  const response = await container.POST(
    new Request(url, {
      method: "POST",
      headers: { "Content-Type": ANNOTATION_MEDIA_TYPE, Authorization: `Bearer ${w.ourToken}` },
      body: incoming("Who makes these deals?"),
    }),
    params({ articleId: w.ours.articleId }),
  );
  if (response.status !== 201)
    throw new Error(`Filing a draft annotation answered ${response.status}: ${await response.text()}`);
  return {
    claimId: decodeURIComponent(response.headers.get("location")!.split("/").pop()!),
    etag: response.headers.get("etag")!,
  };
}

/** Opens the live stream; when it opens, reads its first event and closes it as a browser tab would, then waits until the tab's presence is gone. */
async function openAndCloseEventStream(w: World): Promise<CallResult> {
  const tab = unique("tab").replace(/[^A-Za-z0-9_-]/g, "");
  const leave = new AbortController();
  const response = await events.GET(
    new Request(`${BASE}/api/articles/${w.ours.articleId}/events?tab=${tab}`, { signal: leave.signal }),
    params({ id: w.ours.articleId }),
  );
  if (response.status !== 200) return answered(response);
  const reader = response.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  leave.abort();
  await reader.cancel();
  for (let waited = 0; await w.db.articlePresence.count({ where: { tabId: tab } }); waited += 20) {
    if (waited > 5_000) throw new Error("The closed event stream left its presence behind.");
    await new Promise((r) => setTimeout(r, 20));
  }
  return { outcome: 200, body: first };
}

/** Auth.js's own credentials sign-in: fetch a CSRF token (and its cookie), then post the form. */
async function signInThroughAuthjs(): Promise<CallResult> {
  const csrf = await authjs.GET(new NextRequest(`${BASE}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const body = new URLSearchParams({
    csrfToken,
    email: "editor@example.org",
    password: DEMO_PASSWORD,
    callbackUrl: `${BASE}/articles`,
  });
  const response = await authjs.POST(
    new NextRequest(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
      body,
    }),
  );
  const location = response.headers.get("location") ?? "";
  if (!location) return { outcome: response.status, body: await response.text() }; // refused before Auth.js (proxy.ts)
  // a refused sign-in redirects too, to the sign-in page with an error: only the desk counts as success
  return { outcome: location === `${BASE}/articles` ? response.status : `${response.status} to ${location}`, body: "" };
}

const articleUrl = (w: World, rest: string) => `${BASE}/api/articles/${w.ours.articleId}/${rest}`;
const containerUrl = (w: World) => `${BASE}/api/annotations/${w.ours.articleId}/`;
const annotationUrl = (w: World, claimId: string) => `${containerUrl(w)}${claimId}`;

export const ROUTE_CALLS: Record<string, Arrange> = {
  "GET /api/articles/[id]/report": async (w) => () =>
    answered(report.GET(new Request(articleUrl(w, "report?format=json")), params({ id: w.ours.articleId }))),
  "GET /api/articles/[id]/events": async (w) => () => openAndCloseEventStream(w),
  "POST /api/articles/[id]/presence": async (w) => () =>
    answered(
      presence.POST(
        new Request(articleUrl(w, "presence"), {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ tabId: unique("tab") }),
        }),
        params({ id: w.ours.articleId }),
      ),
    ),
  "GET /api/exports": async () => () => answered(exports.GET(new Request(`${BASE}/api/exports?format=jsonl`))),
  // the body is read to its end: the import runs while its progress streams
  "POST /api/imports": async () => () =>
    answered(
      imports.POST(
        new Request(`${BASE}/api/imports`, {
          method: "POST",
          body: form({ file: annotationsFile(), title: unique("Imported"), text: ANNOTATION_TEXT }),
        }),
      ),
    ),

  "GET /api/annotations/[articleId]": async (w) => () =>
    answered(container.GET(new Request(containerUrl(w)), params({ articleId: w.ours.articleId }))),
  "HEAD /api/annotations/[articleId]": async (w) => () =>
    answered(container.HEAD(new Request(containerUrl(w), { method: "HEAD" }), params({ articleId: w.ours.articleId }))),
  "OPTIONS /api/annotations/[articleId]": async (w) => () =>
    answered(
      container.OPTIONS(new Request(containerUrl(w), { method: "OPTIONS" }), params({ articleId: w.ours.articleId })),
    ),
  "POST /api/annotations/[articleId]": async (w, caller) => () =>
    answered(
      container.POST(
        new Request(containerUrl(w), {
          method: "POST",
          headers: { "Content-Type": ANNOTATION_MEDIA_TYPE, ...bearer(w, caller) },
          body: incoming("Who makes these deals?"),
        }),
        params({ articleId: w.ours.articleId }),
      ),
    ),
  "GET /api/annotations/[articleId]/[claimId]": async (w) => () =>
    answered(
      annotation.GET(
        new Request(annotationUrl(w, w.publishedClaimId)),
        params({ articleId: w.ours.articleId, claimId: w.publishedClaimId }),
      ),
    ),
  "HEAD /api/annotations/[articleId]/[claimId]": async (w) => () =>
    answered(
      annotation.HEAD(
        new Request(annotationUrl(w, w.publishedClaimId), { method: "HEAD" }),
        params({ articleId: w.ours.articleId, claimId: w.publishedClaimId }),
      ),
    ),
  "OPTIONS /api/annotations/[articleId]/[claimId]": async (w) => () =>
    answered(
      annotation.OPTIONS(
        new Request(annotationUrl(w, w.publishedClaimId), { method: "OPTIONS" }),
        params({ articleId: w.ours.articleId, claimId: w.publishedClaimId }),
      ),
    ),
  "PUT /api/annotations/[articleId]/[claimId]": async (w, caller) => {
    const ids = { articleId: w.ours.articleId, claimId: w.publishedClaimId };
    const etag = (await annotation.GET(new Request(annotationUrl(w, ids.claimId)), params(ids))).headers.get("etag")!;
    const headers = { "Content-Type": ANNOTATION_MEDIA_TYPE, "If-Match": etag, ...bearer(w, caller) };
    return () =>
      answered(
        annotation.PUT(
          new Request(annotationUrl(w, ids.claimId), {
            method: "PUT",
            headers,
            body: incoming("Who makes these deals?", { bodyValue: "A better rationale." }),
          }),
          params(ids),
        ),
      );
  },
  "DELETE /api/annotations/[articleId]/[claimId]": async (w, caller) => {
    const draft = await fileDraftAnnotation(w);
    const ids = { articleId: w.ours.articleId, claimId: draft.claimId };
    return () =>
      answered(
        annotation.DELETE(
          new Request(annotationUrl(w, draft.claimId), {
            method: "DELETE",
            headers: { "If-Match": draft.etag, ...bearer(w, caller) },
          }),
          params(ids),
        ),
      );
  },

  "GET /api/public/reviews": async (w) => () =>
    answered(publicReviews.GET(new Request(`${BASE}/api/public/reviews?org=${DEMO_ORG.slug}&id=${w.ours.articleId}`))),
  "OPTIONS /api/public/reviews": async (w) => () =>
    answered(
      publicReviews.OPTIONS(
        new Request(`${BASE}/api/public/reviews?org=${DEMO_ORG.slug}&id=${w.ours.articleId}`, { method: "OPTIONS" }),
      ),
    ),
  "GET /feeds/[org]/claimreview": async () => () =>
    answered(feed.GET(new Request(`${BASE}/feeds/${DEMO_ORG.slug}/claimreview`), params({ org: DEMO_ORG.slug }))),
  "OPTIONS /feeds/[org]/claimreview": async () => () => answered(feed.OPTIONS()),
  "GET /embed/badge/[articleId]": async (w) => () =>
    answered(
      badge.GET(new Request(`${BASE}/embed/badge/${w.ours.articleId}`), params({ articleId: w.ours.articleId })),
    ),
  "GET /r/[org]/[article]": async (w) => () =>
    answered(
      readerPage.GET(
        new Request(`${BASE}/r/${DEMO_ORG.slug}/${w.ours.articleId}`),
        params({ org: DEMO_ORG.slug, article: w.ours.articleId }),
      ),
    ),
  "GET /api/health": async () => () => answered(health.GET()),
  "GET /api/ready": async () => () => answered(ready.GET()),
  "GET /api/auth/[...nextauth]": async () => () => answered(authjs.GET(new NextRequest(`${BASE}/api/auth/providers`))),
  "POST /api/auth/[...nextauth]": async () => () => signInThroughAuthjs(),
};
