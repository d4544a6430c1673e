import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asRole } from "./demo-accounts";

// Intake that keeps the writer's structure: plain paragraphs with one HTML snippet among them stay paragraphs, and
// the reviewer sees how the paste will be read before saving, and can switch the format.
const PASTE = [
  "The minister said unemployment fell to 3 percent.",
  "Opposition figures dispute the number.",
  "<blockquote><p>We will do <b>better</b>, she said.</p></blockquote>",
  "The statistics office publishes its own figures on Friday.",
].join("\n\n");

test.use(asRole("reviewer"));

test("a paste of plain paragraphs with one HTML snippet is previewed, kept in paragraphs, and can be switched", async ({
  page,
}) => {
  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(PASTE);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("Read as plain text with HTML blocks");
  await expect(preview).toContainText("4 paragraphs, English");
  await expect(preview.getByRole("listitem")).toHaveText([
    "The minister said unemployment fell to 3 percent.",
    "Opposition figures dispute the number.",
    "We will do better, she said.",
    "The statistics office publishes its own figures on Friday.",
  ]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // switching the format hides the old preview; plain text keeps the markup as typed
  await page.getByLabel("Format").selectOption("text");
  await expect(preview).toHaveCount(0);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("Read as plain text: 4 paragraphs");
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("listitem").nth(2)).toHaveText(
    "<blockquote><p>We will do <b>better</b>, she said.</p></blockquote>",
  );

  // back to automatic, and saved: the article keeps the four paragraphs
  await page.getByLabel("Format").selectOption("auto");
  await page.getByLabel("Title").fill(`Structure kept ${Date.now()}`);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole("textbox", { name: /^Article text/ }).locator("p")).toHaveCount(4);
});
