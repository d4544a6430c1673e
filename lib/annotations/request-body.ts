import { AppError } from "@/lib/errors";
import { readWithLimit } from "@/lib/http/read-with-limit";
import { parseAnnotation, type ImportedAnnotation } from "@/lib/export/web-annotation-import";
import { ANNOTATION_MEDIA_TYPE, isAnnotationContentType } from "./protocol";
import { ProtocolError } from "./responses";

/** One annotation with long notes fits many times over; anything larger is not an annotation. */
export const MAX_ANNOTATION_BYTES = 256 * 1024;

async function readTextWithLimit(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new ProtocolError(413, "PAYLOAD_TOO_LARGE", `The annotation is larger than ${maxBytes / 1024} KB.`);
  const bytes = await readWithLimit(request.body, request.headers.get("content-length"), maxBytes, tooLarge);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/** The request's annotation, validated: 415 for another media type, 413 when too large, 400 naming the field. */
export async function readAnnotationRequest(request: Request): Promise<ImportedAnnotation> {
  if (!isAnnotationContentType(request.headers.get("content-type"))) {
    throw new ProtocolError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the annotation as ${ANNOTATION_MEDIA_TYPE} (or application/json).`,
      { "Accept-Post": ANNOTATION_MEDIA_TYPE },
    );
  }
  const text = await readTextWithLimit(request, MAX_ANNOTATION_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "annotations.bodyNotJson", { path: "(root)" });
  }
  return parseAnnotation(json);
}
