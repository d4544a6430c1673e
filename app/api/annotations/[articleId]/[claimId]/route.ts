import { deleteAnnotation, replaceAnnotation } from "@/lib/annotations/write-handlers";
import { optionsAnnotation, readAnnotation } from "@/lib/annotations/read-handlers";
import { withoutBody } from "@/lib/annotations/responses";

// One annotation (a published claim) of a container: /api/annotations/{articleId}/{claimId}.
type Context = { params: Promise<{ articleId: string; claimId: string }> };

export async function GET(request: Request, { params }: Context) {
  const { articleId, claimId } = await params;
  return readAnnotation(request, articleId, claimId);
}

export async function HEAD(request: Request, { params }: Context) {
  const { articleId, claimId } = await params;
  return withoutBody(await readAnnotation(request, articleId, claimId));
}

export async function OPTIONS(request: Request, { params }: Context) {
  const { articleId, claimId } = await params;
  return optionsAnnotation(request, articleId, claimId);
}

export async function PUT(request: Request, { params }: Context) {
  const { articleId, claimId } = await params;
  return replaceAnnotation(request, articleId, claimId);
}

export async function DELETE(request: Request, { params }: Context) {
  const { articleId, claimId } = await params;
  return deleteAnnotation(request, articleId, claimId);
}
