import { route } from "@/lib/http/route";
import { createAnnotation } from "@/lib/annotations/write-handlers";
import { optionsContainer, readContainer } from "@/lib/annotations/read-handlers";
import { toProblemResponse, withoutBody } from "@/lib/annotations/responses";

// W3C Web Annotation Protocol container of one published article: /api/annotations/{articleId}/ (and ?page=N).
// The protocol's own shell (lib/annotations/responses.ts) answers its failures with CORS problem bodies.
type Params = { articleId: string };
const options = { onError: toProblemResponse };
// GET and HEAD only read published data: they may read from the replica (the write methods never do)
const readOptions = { ...options, reads: "replica" as const };

export const GET = route<Params>(
  async (request, { params }) => readContainer(request, (await params).articleId),
  readOptions,
);

export const HEAD = route<Params>(
  async (request, { params }) => withoutBody(await readContainer(request, (await params).articleId)),
  readOptions,
);

export const OPTIONS = route<Params>(
  async (request, { params }) => optionsContainer(request, (await params).articleId),
  options,
);

export const POST = route<Params>(
  async (request, { params }) => createAnnotation(request, (await params).articleId),
  options,
);
