import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadReaderPage } from "@/lib/reader/page-model";
import { ReaderView } from "@/components/reader/reader-view";
import { serializeJsonForScript } from "@/lib/export/json-script";

type Params = { params: Promise<{ org: string; article: string }> };
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { org, article } = await params;
  const page = await loadReaderPage(org, article);
  if (!page) return { title: "Not found" };
  const description = `${page.claims.length} claims fact-checked by ${page.article.org.name}: ${page.legend.map((l) => `${l.count} ${l.label}`).join(", ")}.`;
  return {
    title: `Fact-check: ${page.article.title}`,
    description,
    alternates: { canonical: page.readerUrl },
    openGraph: { type: "article", title: `Fact-check: ${page.article.title}`, description, url: page.readerUrl, siteName: page.article.org.name },
    twitter: { card: "summary", title: `Fact-check: ${page.article.title}`, description },
    other: { "annotation-service": page.annotationServiceUrl },
  };
}

export default async function ReaderPage({ params }: Params) {
  const { org, article: articleId } = await params;
  const page = await loadReaderPage(org, articleId);
  if (!page) notFound();
  const { article } = page;
  return (
    <div className="min-h-screen bg-paper">
      <link rel="http://www.w3.org/ns/oa#annotationService" href={page.annotationServiceUrl} />
      {page.claimReviews.length > 0 && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonForScript(page.claimReviews) }} />}
      <header className="border-b border-line bg-white print:border-0">
        <div className="mx-auto max-w-6xl px-4 py-3 text-sm"><span className="font-semibold">{article.org.name}</span> <span className="text-muted">· Fact-check</span></div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-10">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Fact-checked article</p>
        <h1 className="mt-2 max-w-3xl font-serif text-3xl font-semibold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-sm text-muted">
          {[article.outlet, article.author && `by ${article.author}`, article.originalPublishedAt && dateFormat.format(article.originalPublishedAt)].filter(Boolean).join(" · ")}
          {article.originalUrl && <> · <a href={article.originalUrl} className="underline" rel="noopener noreferrer nofollow">Original article</a></>}
        </p>
        <p className="mt-1 text-sm text-muted">Checked by {article.org.name}{article.publishedAt && `, published ${dateFormat.format(article.publishedAt)}`}.</p>
        <div className="mt-8">
          <ReaderView text={article.version.text} claims={page.claims} legend={page.legend} />
        </div>
        <footer className="mt-12 border-t border-line pt-6 text-sm text-muted">
          <p>How we check: {article.org.methodologyUrl ? <a href={article.org.methodologyUrl} className="text-accent underline">our methodology</a> : "methodology not published"}
            {" · "}{article.org.correctionsUrl ? <a href={article.org.correctionsUrl} className="text-accent underline">corrections policy</a> : "corrections policy not published"}</p>
        </footer>
      </main>
    </div>
  );
}
