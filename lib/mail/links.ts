import "server-only";
import { publicBaseUrl } from "@/lib/operations/public-base-url";

// Every link we send by e-mail or print on a console starts at the public base URL, the same one the reader pages
// and ClaimReview use, so a link in a message opens the same server readers reach.
export async function publicLink(path: string): Promise<string> {
  return `${await publicBaseUrl()}${path}`;
}
