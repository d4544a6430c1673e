/**
 * Reads a body stream but stops as soon as it passes maxBytes, so a huge or endless body costs at most maxBytes of
 * memory. Counts the bytes as they arrive (already decompressed by fetch, so a small gzip bomb is caught too).
 * `tooLarge` builds the caller's own error (an intake message, a protocol 413...).
 */
export async function readWithLimit(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  maxBytes: number,
  tooLarge: (declaredBytes?: number) => Error,
): Promise<Uint8Array> {
  const declared = Number(declaredLength ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
