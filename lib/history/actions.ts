"use server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { findClaimHistory } from "./data";
import { requestLocale } from "@/lib/members/request-locale";
import type { HistoryEntry } from "./format";
import { text } from "@/lib/validation/text";
import { errorKey } from "@/lib/i18n/error-text";

const claimRef = z.object({
  claimId: text().min(1, errorKey("validation.staleReference")).max(64, errorKey("validation.staleReference")),
});

export async function loadClaimHistoryAction(claimId: unknown): Promise<ActionResult<HistoryEntry[]>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.read");
    return findClaimHistory(viewer.orgId, claimRef.parse({ claimId }).claimId, await requestLocale());
  });
}
