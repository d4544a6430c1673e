import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { openSeedArticle, selectText } from "./helpers";

// What a reviewer sees when a rationale or comment nests too deep (issue 14): the field says what is wrong, nothing is
// lost, and the discussion keeps loading. A claim of its own on the seed article (words no other spec claims).
const PHRASE = "the pair had discussed cooperation for peace, growth and prosperity";
const TOO_DEEP = /nested more than 32 levels deep/;

test.use(asRole("reviewer"));

test('a rationale of 8,000 ">" and a comment of 4,999 are refused with a message on the field, and the card keeps working', async ({
  page,
}) => {
  test.slow(); // a 2-core machine shared with the rest of the suite
  await openSeedArticle(page);
  await selectText(page, PHRASE);
  await page.getByRole("button", { name: /Add claim/ }).click();
  const card = page.getByRole("region", { name: "Claim card" });
  await expect(card.getByText(`“${PHRASE}”`)).toBeVisible();

  await card.getByRole("radio", { name: /Misleading/ }).check();
  const rationale = card.getByLabel(/Rationale/);
  await rationale.fill(`Legit.\n\n${">".repeat(8000)}`);
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(card.getByText(/^The rationale is nested more than 32 levels deep/).first()).toBeVisible();
  await expect(rationale).toHaveAttribute("aria-invalid", "true");
  await expect(rationale).toHaveValue(`Legit.\n\n${">".repeat(8000)}`); // the input is kept
  await card.screenshot({ path: "test-results/bounded-parsing-rationale.png" });

  await rationale.fill("The treaty was signed in 1960.");
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(card.getByText(/Saved at/)).toBeVisible();

  const box = card.getByLabel("Add a comment");
  await box.fill(">".repeat(4999));
  await card.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(card.getByText(TOO_DEEP).first()).toBeVisible();
  await expect(box).toHaveValue(">".repeat(4999));
  await card.screenshot({ path: "test-results/bounded-parsing-comment.png" });

  await box.fill("Checked against the treaty text.");
  await card.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(
    card
      .getByRole("article", { name: "Comment by Riley Reviewer" })
      .filter({ hasText: "Checked against the treaty text." }),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
