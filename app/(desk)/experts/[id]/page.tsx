import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findExpertWithCitations } from "@/lib/experts/data";
import { VerdictBadge } from "@/components/annotator/badges";
import { formatDate } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Expert" };

export default async function ExpertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/experts/${id}`);
  const expert = await findExpertWithCitations(viewer.orgId, id);
  if (!expert) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p className="text-sm text-muted">
        <Link href="/experts" className="hover:underline">
          ← Expert directory
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{expert.name}</h1>
        <p className="text-muted">{[expert.title, expert.affiliation].filter(Boolean).join(", ")}</p>
        {expert.profileUrl && (
          <a
            href={expert.profileUrl}
            className="text-sm text-accent underline"
            rel="noopener noreferrer nofollow"
            target="_blank"
          >
            Profile
          </a>
        )}
      </div>
      <h2 className="text-lg font-semibold">Citations ({expert.citations.length})</h2>
      {expert.citations.length === 0 ? (
        <p className="text-sm text-muted">Not cited on any live claim.</p>
      ) : (
        <ul className="space-y-3">
          {expert.citations.map((c) => (
            <li key={c.id} className="rounded-xl border border-line bg-white p-4">
              {c.quote && <blockquote className="font-serif text-lg">“{c.quote}”</blockquote>}
              <p className="mt-1 text-xs text-muted">
                {[c.saidWhere, c.saidAt && formatDate(c.saidAt, "short")].filter(Boolean).join(" · ")}
              </p>
              <div className="mt-3 border-t border-line pt-3 text-sm">
                <p>On the claim “{c.claim.quote}”</p>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <VerdictBadge option={c.claim.verdict?.option} />
                  <Link href={`/articles/${c.claim.article.id}`} className="text-accent hover:underline">
                    {c.claim.article.title}
                  </Link>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
