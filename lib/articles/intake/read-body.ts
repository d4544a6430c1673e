import { IntakeError } from "./errors";
import { assertWithinSizeLimit, formatMegabytes } from "./size-limit";

/**
 * Reads a response body but stops as soon as it passes maxBytes, so a huge or endless
 * page costs us at most maxBytes of memory. Counts decoded bytes: fetch has already undone
 * gzip, so a small compressed bomb is caught too.
 */
export async function readBodyWithLimit(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    assertWithinSizeLimit(declared, maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new IntakeError(
        "too_big",
        `The page is larger than the ${formatMegabytes(maxBytes, { asLimit: true })} limit; copy the article text and paste it instead.`,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
