import "server-only";
import { getEnv } from "@/lib/env";

// Every link we send by e-mail or print on a console starts at the public base URL, the same one the reader pages
// and ClaimReview use, so a link in a message opens the same server readers reach.
export function publicLink(path: string): string {
  return `${getEnv().PUBLIC_BASE_URL.replace(/\/+$/, "")}${path}`;
}
