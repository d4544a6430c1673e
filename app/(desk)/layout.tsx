import { AppHeader } from "@/components/layout/app-header";
import { requirePageViewer } from "@/lib/auth/viewer";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageViewer("/articles");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">Skip to content</a>
      <AppHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </>
  );
}
