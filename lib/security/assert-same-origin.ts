import { AppError } from "@/lib/errors";
import { checkRequestOrigin, originCheckInputOf } from "./request-origin";

/** For route handlers that change state on the strength of the session cookie: refuses cross-site requests. */
export function assertSameOriginRequest(request: Request): void {
  const verdict = checkRequestOrigin(originCheckInputOf(request));
  if (!verdict.allowed) throw new AppError("FORBIDDEN", verdict.text);
}
