import { expect, type Page } from "@playwright/test";
import { SEED_TITLE } from "./demo-accounts";

// Selects `phrase` inside the article the way a mouse drag would, through the browser's Selection API.
export async function selectText(page: Page, phrase: string, occurrence = 0) {
  const found = await page.evaluate(
    ({ phrase, occurrence }) => {
      const root = document.querySelector('[aria-label^="Article text"]');
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = "";
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        all += (walker.currentNode as Text).data;
      }
      let index = -1;
      for (let i = 0; i <= occurrence; i++) index = all.indexOf(phrase, index + 1);
      if (index < 0) return false;
      const locate = (offset: number, isEnd: boolean) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length || (isEnd && offset === seen + node.data.length))
            return { node, offset: offset - seen };
          seen += node.data.length;
        }
        throw new Error("offset out of range");
      };
      const start = locate(index, false),
        end = locate(index + phrase.length, true);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    },
    { phrase, occurrence },
  );
  expect(found, `phrase "${phrase}" should be in the article`).toBe(true);
}

export async function openSeedArticle(page: Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
}

export async function seedReaderUrl(page: Page): Promise<string> {
  await openSeedArticle(page);
  const href = await page.getByRole("link", { name: "Reader view" }).getAttribute("href");
  expect(href).toMatch(/^\/r\/demo\//);
  return href!;
}

// Adds `host` to the demo organization's embed allow-list through the settings page (needs an admin's page).
// It only ever adds, so specs running side by side keep each other's entries.
export async function allowEmbedSite(page: Page, host: string) {
  await page.goto("/settings/embed");
  const field = page.getByLabel("Publisher domains");
  const current = (await field.inputValue()).split("\n").filter(Boolean);
  if (current.includes(host)) return;
  await field.fill([...current, host].join("\n"));
  await page.getByRole("button", { name: "Save domains" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
}

/**
 * Puts the caret `offset` characters into the article paragraph that starts with `paragraphStart`, as a keyboard user
 * would have it before Shift+Arrow or Shift+End (selection follows logical order, right to left included).
 */
export async function placeCaretInArticle(page: Page, paragraphStart: string, offset: number) {
  await page.evaluate(
    ({ start, offset }) => {
      const paragraph = [...document.querySelectorAll('[role="textbox"][contenteditable] p')].find((p) =>
        p.textContent?.startsWith(start),
      )!;
      const node = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const range = document.createRange();
      range.setStart(node, offset);
      range.collapse(true);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { start: paragraphStart.slice(0, 10), offset },
  );
}
