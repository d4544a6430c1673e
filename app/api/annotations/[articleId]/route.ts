import { createAnnotation } from "@/lib/annotations/write-handlers";
import { optionsContainer, readContainer } from "@/lib/annotations/read-handlers";
import { withoutBody } from "@/lib/annotations/responses";

// W3C Web Annotation Protocol container of one published article: /api/annotations/{articleId}/ (and ?page=N).
type Context = { params: Promise<{ articleId: string }> };

export async function GET(request: Request, { params }: Context) {
  return readContainer(request, (await params).articleId);
}

export async function HEAD(request: Request, { params }: Context) {
  return withoutBody(await readContainer(request, (await params).articleId));
}

export async function OPTIONS(request: Request, { params }: Context) {
  return optionsContainer(request, (await params).articleId);
}

export async function POST(request: Request, { params }: Context) {
  return createAnnotation(request, (await params).articleId);
}
