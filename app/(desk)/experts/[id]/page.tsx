import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findExpertWithCitations } from "@/lib/experts/data";
import { VerdictBadge } from "@/components/annotator/badges";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("experts.expert");
  return { title: t("title") };
}

export default async function ExpertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/experts/${id}`);
  const expert = await findExpertWithCitations(viewer.orgId, id);
  if (!expert) notFound();
  const [t, current] = await Promise.all([getTranslations("experts.expert"), getLocale()]);
  const locale = isInterfaceLocale(current) ? current : "en";
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p className="text-sm text-muted">
        <Link href="/experts" className="hover:underline">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{" "}
          {t("back")}
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
            {t("profile")}
          </a>
        )}
      </div>
      <h2 className="text-lg font-semibold">
        {t("citations", { countText: formatNumber(expert.citations.length, locale) })}
      </h2>
      {expert.citations.length === 0 ? (
        <p className="text-sm text-muted">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {expert.citations.map((c) => (
            <li key={c.id} className="rounded-xl border border-line bg-white p-4">
              {c.quote && <blockquote className="font-serif text-lg">“{c.quote}”</blockquote>}
              <p className="mt-1 text-xs text-muted">
                {[c.saidWhere, c.saidAt && formatDate(c.saidAt, "short", { locale })].filter(Boolean).join(" · ")}
              </p>
              <div className="mt-3 border-t border-line pt-3 text-sm">
                <p>{t("onClaim", { quote: c.claim.quote })}</p>
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
