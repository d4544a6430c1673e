import { DOMParser } from "linkedom";
import { findXssInDom } from "./find-xss-in-dom";

/** Parses an HTML fragment the way a page body would hold it and lists what could run script (see findXssInDom). */
export function findXssInHtml(html: string): string[] {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    "text/html",
  );
  return findXssInDom(document.documentElement as unknown as ParentNode);
}
