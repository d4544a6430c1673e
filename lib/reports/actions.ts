"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { AppError, type ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import type { SkippedAnnotation } from "./annotation-plan";
import { MAX_IMPORT_FILE_BYTES } from "./import-document";
import { importUploadedFile } from "./import-report";

export type ImportOutcome = {
  articleId: string;
  kind: "report" | "annotations";
  imported: number;
  skipped: SkippedAnnotation[];
};

async function readUpload(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("INVALID", "Choose a .json file to import.", { field: "file" });
  if (file.size > MAX_IMPORT_FILE_BYTES)
    throw new AppError("INVALID", `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 6 MB.`, {
      field: "file",
    });
  return file.text();
}

// A problem inside the uploaded document belongs to the file field; its message names the field inside the file.
async function blameFile<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError && e.code === "INVALID" && !e.details?.field)
      throw new AppError("INVALID", e.message, { ...e.details, field: "file" });
    throw e;
  }
}

// Import a review export (.json) or W3C annotations as a new draft article: authenticate → parse → authorize → write.
export async function importArticleAction(
  _prev: ActionResult<ImportOutcome> | null,
  formData: FormData,
): Promise<ActionResult<ImportOutcome>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.create");
    if (!can(viewer.role, "claim.create")) throw new AppError("FORBIDDEN", "Your role does not allow creating claims.");
    const outcome = await blameFile(async () => {
      const target = { title: String(formData.get("title") ?? ""), text: String(formData.get("text") ?? "") };
      return importUploadedFile(viewer, await readUpload(formData), target);
    });
    revalidatePath("/articles");
    return outcome;
  });
}
