import { route } from "@/lib/http/route";
import { deleteAnnotation, replaceAnnotation } from "@/lib/annotations/write-handlers";
import { optionsAnnotation, readAnnotation } from "@/lib/annotations/read-handlers";
import { toProblemResponse, withoutBody } from "@/lib/annotations/responses";

// One annotation (a published claim) of a container: /api/annotations/{articleId}/{claimId}.
// The protocol's own shell (lib/annotations/responses.ts) answers its failures with CORS problem bodies.
type Params = { articleId: string; claimId: string };
const options = { onError: toProblemResponse };
// GET and HEAD only read published data: they may read from the replica (the write methods never do)
const readOptions = { ...options, reads: "replica" as const };

export const GET = route<Params>(async (request, { params }) => {
  const { articleId, claimId } = await params;
  return readAnnotation(request, articleId, claimId);
}, readOptions);

export const HEAD = route<Params>(async (request, { params }) => {
  const { articleId, claimId } = await params;
  return withoutBody(await readAnnotation(request, articleId, claimId));
}, readOptions);

export const OPTIONS = route<Params>(async (request, { params }) => {
  const { articleId, claimId } = await params;
  return optionsAnnotation(request, articleId, claimId);
}, options);

export const PUT = route<Params>(async (request, { params }) => {
  const { articleId, claimId } = await params;
  return replaceAnnotation(request, articleId, claimId);
}, options);

export const DELETE = route<Params>(async (request, { params }) => {
  const { articleId, claimId } = await params;
  return deleteAnnotation(request, articleId, claimId);
}, options);
