import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { BrandMark } from "@/components/layout/brand-mark";
import { getViewer } from "@/lib/auth/viewer";
import { runAsAnonymousReader } from "@/lib/read-scope";
import { loadPublishedHome } from "@/lib/reader/data";
import { readerPath } from "@/lib/reader/to-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.home"))("title") };
}

// The site's root is the organization address in every ClaimReview and annotation we publish, so it must answer
// readers: published fact-checks for them, the desk for members.
export default async function Home() {
  if (await getViewer()) redirect("/articles");
  const organizations = await runAsAnonymousReader(loadPublishedHome); // no viewer: the replica may answer
  const t = await getTranslations("auth.home");
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <div className="mb-8 flex items-center justify-between gap-4">
        <BrandMark />
        <Link href="/signin" className="text-sm font-medium underline underline-offset-4">
          {t("signIn")}
        </Link>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      {organizations.length === 0 && <p className="mt-4 text-muted">{t("empty")}</p>}
      {organizations.map((org) => (
        <section key={org.slug} aria-labelledby={`org-${org.slug}`} className="mt-8">
          <h2 id={`org-${org.slug}`} className="text-lg font-semibold">
            {org.name}
          </h2>
          <ul className="mt-3 space-y-2">
            {org.articles.map((article) => (
              <li key={article.id}>
                {/* the reader page is a plain HTML document (a route handler), not a page to prefetch */}
                <a href={readerPath(org.slug, article.id)} className="underline underline-offset-4">
                  {article.title}
                </a>
                {article.outlet && <span className="text-sm text-muted"> · {article.outlet}</span>}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <a href={`/feeds/${encodeURIComponent(org.slug)}/claimreview`} className="underline underline-offset-4">
              {t("feed")}
            </a>
          </p>
        </section>
      ))}
    </main>
  );
}
