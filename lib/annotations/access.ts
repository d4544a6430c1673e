import "server-only";
import { AppError } from "@/lib/errors";
import { findActiveApiToken, type ApiTokenPrincipal } from "@/lib/api-tokens/data";
import { markApiTokenUsed } from "@/lib/api-tokens/mutations";
import { readBearerToken } from "@/lib/api-tokens/token";
import { noteRequestOrganization } from "@/lib/operations/request-context";

/**
 * Writes to a container need an unrevoked API token of the organization that owns the article. Cookies are never
 * looked at: the service allows any origin, so a session must not be able to write through it.
 */
export async function requireApiToken(authorization: string | null, orgId: string): Promise<ApiTokenPrincipal> {
  const value = readBearerToken(authorization);
  if (!value) throw new AppError("UNAUTHENTICATED", "annotations.tokenRequired");
  const token = await findActiveApiToken(value);
  if (!token) throw new AppError("UNAUTHENTICATED", "annotations.tokenInvalid");
  if (token.orgId !== orgId) throw new AppError("FORBIDDEN", "annotations.tokenOtherOrganization");
  noteRequestOrganization(token.orgId);
  await markApiTokenUsed(token.id);
  return token;
}
