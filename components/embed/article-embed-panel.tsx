import Link from "next/link";
import { CopyField } from "@/components/ui/copy-field";

/**
 * For a published article: how to show its fact-checks on the publisher's own page (the highlights script, or the
 * badge frame), ready to copy, and whether any publisher site is allowed to show them yet.
 */
export function ArticleEmbedPanel({
  baseUrl,
  orgSlug,
  orgName,
  articleId,
  allowedSites,
  canManage,
}: {
  baseUrl: string;
  orgSlug: string;
  orgName: string;
  articleId: string;
  allowedSites: string[];
  canManage: boolean;
}) {
  const script = `<script src="${baseUrl}/embed/factdesk.js" data-factdesk-org="${orgSlug}" data-factdesk-article="${articleId}" async></script>`;
  const badge = `<iframe src="${baseUrl}/embed/badge/${articleId}" title="Fact-check by ${orgName.replace(/"/g, "&quot;")}" width="400" height="120"></iframe>`;
  const settings = canManage ? (
    <Link href="/settings/embed" className="underline">
      Settings → Embed
    </Link>
  ) : (
    "Settings → Embed (admins)"
  );
  return (
    <details className="group rounded-xl border border-line bg-white">
      <summary className="cursor-pointer rounded-xl px-4 py-3 text-sm font-medium focus-visible:ring-2 focus-visible:ring-accent/40 focus-visible:outline-none">
        Show these fact-checks on the publisher’s site
      </summary>
      <div className="space-y-4 border-t border-line px-4 py-4 text-sm">
        {allowedSites.length === 0 ? (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            No publisher site may show your checks yet: add its domain under {settings}, or the embed shows nothing
            there.
          </p>
        ) : (
          <p className="text-muted">
            Allowed on {allowedSites.join(", ")} ({settings}).
          </p>
        )}
        <CopyField
          name="embed-script"
          label="Highlights and cards on the article page (before </body>)"
          value={script}
          what="the script tag"
        />
        <CopyField
          name="embed-badge"
          label="Or a badge with the verdict counts, for pages that cannot run scripts"
          value={badge}
          what="the badge frame"
        />
        <p className="text-muted">
          Preview:{" "}
          <a href={`/embed/badge/${articleId}`} target="_blank" rel="noopener" className="underline">
            the badge
          </a>{" "}
          (opens in a new tab) shows what a publisher’s page frames. The highlights look like the reader page’s, drawn
          on the publisher’s own text; claims the script cannot find there are listed in a small panel instead.
        </p>
      </div>
    </details>
  );
}
