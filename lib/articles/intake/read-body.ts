import { readWithLimit } from "@/lib/http/read-with-limit";
import { IntakeError } from "./errors";
import { assertWithinSizeLimit, formatMegabytes } from "./size-limit";
import { errorText } from "@/lib/i18n/error-text";

/** A fetched page's body, at most maxBytes (see readWithLimit); past the limit an IntakeError names it. */
export async function readBodyWithLimit(response: Response, maxBytes: number): Promise<Uint8Array> {
  return readWithLimit(response.body, response.headers.get("content-length"), maxBytes, (declared) => {
    if (declared !== undefined) assertWithinSizeLimit(declared, maxBytes);
    return new IntakeError(
      "too_big",
      errorText("intake.pageTooBig", { limit: formatMegabytes(maxBytes, { asLimit: true }) }),
    );
  });
}
