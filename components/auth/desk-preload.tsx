"use client";

/**
 * Renders nothing. The sign-in page hands it the client components of the page a sign-in lands on (the desk's
 * header and the Articles list) as client references: their scripts then load with the sign-in page, while the
 * person types, instead of after the sign-in answer arrives (where, on a busy server, fetching them added 50–300 ms
 * before the Articles page could render). The references must stay props of a rendered element, or the bundler
 * would not list their scripts for this page.
 */
export function DeskPreload({ modules }: { modules: readonly unknown[] }) {
  void modules;
  return null;
}
