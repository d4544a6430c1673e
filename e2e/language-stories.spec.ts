import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { asRole } from "./demo-accounts";

// Issue 20's whole story, once in Arabic and once in Spanish, as people do it: a reviewer whose interface is in the
// language (chosen under Settings → Interface language) pastes an article in it, claims one sentence with the mouse
// and another with the keyboard, rates both on the organization's scale (its translated labels), writes a rationale
// and submits; an editor in the same language approves and publishes; an anonymous reader opens the public page in
// that language, chips after their claims in reading order. Every member and article is the spec's own.

const PASSWORD = "a-long-enough-password";
type Locale = "ar" | "es";

type Story = {
  locale: Locale;
  dir: "rtl" | "ltr";
  name: string; // for the screenshots' file names
  people: [reviewer: string, editor: string];
  languageRadio: string; // the language's own name on Settings → Interface language
  title: string;
  paragraphs: string[];
  mouseClaim: string; // inside the first paragraph
  keyboardClaim: string; // the start of the last paragraph, selected with Shift+Arrow in reading order
  mouseVerdict: { radio: RegExp; label: string };
  keyboardVerdict: { radio: RegExp; label: string };
  ui: Record<string, string>;
};

const ARABIC: Story = {
  locale: "ar",
  dir: "rtl",
  name: "arabic",
  people: ["أمل الحربي", "كريم منصور"],
  languageRadio: "العربية",
  title: "وزير الصحة يتحدث عن المستشفيات",
  paragraphs: [
    "أعلن وزير الصحة أمس أن الحكومة بنت خمسين مستشفى جديدا خلال العام الماضي في المحافظات كلها.",
    "وقال الوزير إن عدد الأطباء في البلاد تضاعف منذ عام 2020، وإن قوائم الانتظار اختفت تماما.",
    "وردت نقابة الأطباء بأن كثيرا من المستشفيات الجديدة لم تفتح أبوابها بعد.",
    "وأكد الوزير أن ميزانية الصحة هي الأعلى في تاريخ البلاد.",
  ],
  mouseClaim: "الحكومة بنت خمسين مستشفى جديدا خلال العام الماضي",
  keyboardClaim: "وأكد الوزير أن ميزانية الصحة هي الأعلى",
  mouseVerdict: { radio: /^مضلل/, label: "مضلل" },
  keyboardVerdict: { radio: /^خاطئ/, label: "خاطئ" },
  ui: {
    articles: "المقالات",
    addLink: "إضافة مقال",
    newArticle: "إضافة مقال",
    text: "نص المقال",
    titleField: "العنوان",
    outlet: "الوسيلة الإعلامية",
    readerLanguage: "لغة صفحة القراء",
    preview: "معاينة",
    detected: "العربية",
    submitArticle: "إضافة المقال",
    languageLine: "العربية · الإصدار 1",
    articleText: "نص المقال",
    addClaim: "إضافة ادعاء",
    card: "بطاقة الادعاء",
    closeCard: "إغلاق بطاقة الادعاء",
    verdict: "الحكم",
    claimant: "صاحب الادعاء",
    rationale: "التعليل",
    save: "حفظ الادعاء",
    saved: "حُفظ في",
    submit: "إرسال للمراجعة",
    inReview: "قيد المراجعة",
    approve: "اعتماد",
    approved: "معتمد: يُنشر للقراء عندما ينشر محرر المقال.",
    claimsHeading: "الادعاءات في هذا المقال",
    publish: "نشر…",
    publishDialog: "نشر هذا المقال",
    publishNow: "انشر الآن",
    publishedTwo: "نُشر المقال. ادعاءان أصبحا ظاهرين للقراء.",
    close: "إغلاق",
    readerView: "عرض القارئ",
    embedSummary: "اعرض نتائج التدقيق هذه على موقع الناشر",
    badgeLabel: "أو شارة بعدد الأحكام",
    badgeTitle: "تدقيق ",
    report: "التقرير والتصدير",
    reportGenerated: "تاريخ إنشاء التقرير",
    claimant1: "وزير الصحة",
    rationale1: "تُظهر سجلات الوزارة أن **اثني عشر** مستشفى فقط افتُتحت، والباقي قيد الإنشاء.",
    rationale2: "ميزانية الصحة كانت أعلى في عام 2019 وفق الحساب الختامي للدولة.",
    readerEyebrow: "مقال مدقق",
    readerChecked: "تم تدقيق ادعاءين",
    readerWhy: "التعليل",
    readerEvidence: "الأدلة",
    readerClose: "إغلاق",
    chipName: "تدقيق: «{quote}» حكمه {verdict}. افتح الأدلة.",
  },
};

const SPANISH: Story = {
  locale: "es",
  dir: "ltr",
  name: "spanish",
  people: ["Lucía Ramos", "Diego Herrera"],
  languageRadio: "Español",
  title: "El ministro de Economía presume de empleo",
  paragraphs: [
    "El ministro de Economía afirmó el lunes que el desempleo bajó a su nivel más bajo en veinte años, según sus datos.",
    "Según el ministro, las exportaciones crecieron un 12 por ciento en 2024.",
    "La oposición respondió que las cifras oficiales no incluyen a los trabajadores informales.",
    "El gobierno prometió construir cien escuelas nuevas antes de fin de año.",
  ],
  mouseClaim: "el desempleo bajó a su nivel más bajo en veinte años",
  keyboardClaim: "El gobierno prometió construir cien escuelas nuevas",
  mouseVerdict: { radio: /^Engañoso/, label: "Engañoso" },
  keyboardVerdict: { radio: /^Exacto/, label: "Exacto" },
  ui: {
    articles: "Artículos",
    addLink: "Agregar artículo",
    newArticle: "Agregar un artículo",
    text: "Texto del artículo",
    titleField: "Título",
    outlet: "Medio",
    readerLanguage: "Idioma de la página para lectores",
    preview: "Vista previa",
    detected: "español",
    submitArticle: "Agregar artículo",
    languageLine: "Español · Versión 1",
    articleText: "Texto del artículo",
    addClaim: "Añadir afirmación",
    card: "Ficha de la afirmación",
    closeCard: "Cerrar la ficha de la afirmación",
    verdict: "Veredicto",
    claimant: "Autor de la afirmación",
    rationale: "Argumentación",
    save: "Guardar afirmación",
    saved: "Guardado a las",
    submit: "Enviar a revisión",
    inReview: "En revisión",
    approve: "Aprobar",
    approved: "Aprobada: se hará pública cuando un editor publique el artículo.",
    claimsHeading: "Afirmaciones de este artículo",
    publish: "Publicar…",
    publishDialog: "Publicar este artículo",
    publishNow: "Publicar ahora",
    publishedTwo: "Publicado. 2 afirmaciones están visibles para los lectores.",
    close: "Cerrar",
    readerView: "Vista del lector",
    embedSummary: "Mostrar estas verificaciones en el sitio del medio",
    badgeLabel: "O una insignia con el recuento de veredictos",
    badgeTitle: "Verificación de ",
    report: "Informe y exportaciones",
    reportGenerated: "Informe generado",
    claimant1: "El ministro de Economía",
    rationale1: "La encuesta oficial sitúa el desempleo **por encima** de hace quince años.",
    rationale2: "El presupuesto aprobado incluye las cien escuelas y su calendario.",
    readerEyebrow: "Artículo verificado",
    readerChecked: "2 afirmaciones verificadas",
    readerWhy: "Por qué",
    readerEvidence: "Pruebas",
    readerClose: "Cerrar",
    chipName: "Verificación: “{quote}” tiene el veredicto {verdict}. Abrir las pruebas.",
  },
};

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;

async function axeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  expect((await builder.analyze()).violations).toEqual([]);
}

/** A new member of the demo organization with `role`, invited by the admin, in a browser of their own (English). */
async function newMember(browser: Browser, role: "REVIEWER" | "EDITOR", name: string): Promise<Page> {
  const email = `story-${role.toLowerCase()}-${Date.now().toString(36)}@example.org`;
  const adminContext = await browser.newContext(asRole("admin"));
  const admin = await adminContext.newPage();
  await admin.goto("/settings/members");
  const form = admin.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Send invitation" }).click();
  const link = await admin.getByLabel(`Invitation link for ${email}`).inputValue();
  await adminContext.close();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-GB" });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText("Your account is ready")).toBeVisible();
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles/);
  return page;
}

/** Account menu → Interface language → the language's own name → Save: the member's choice, stored on them. */
async function chooseInterfaceLanguage(page: Page, story: Story, memberName: string) {
  await page.getByRole("button", { name: new RegExp(`^Account menu for \u2068?${memberName}`) }).click();
  await page.getByRole("menuitem", { name: "Interface language" }).click();
  await expect(page).toHaveURL(/\/settings\/language$/);
  await page.getByRole("radio", { name: story.languageRadio }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", story.locale);
  await expect(page.locator("html")).toHaveAttribute("dir", story.dir);
}

/**
 * Drags the mouse over `phrase` in the article, from its first character to its last: in right-to-left text from the
 * right edge of the first character to the left edge of the last, in left-to-right text the other way round.
 */
async function dragOver(page: Page, phrase: string, dir: "rtl" | "ltr") {
  const points = await page.evaluate(
    ({ phrase, dir }) => {
      const root = document.querySelector('[role="textbox"][contenteditable]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(phrase);
        if (at < 0) continue;
        const charRect = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getClientRects()[0];
        };
        const first = charRect(at);
        const last = charRect(at + phrase.length - 1);
        const rtl = dir === "rtl";
        return {
          from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
          to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
        };
      }
      return null;
    },
    { phrase, dir },
  );
  expect(points, `"${phrase}" should be in one text node of the article`).not.toBeNull();
  await page.mouse.move(points!.from.x, points!.from.y);
  await page.mouse.down();
  await page.mouse.move((points!.from.x + points!.to.x) / 2, (points!.from.y + points!.to.y) / 2, { steps: 5 });
  await page.mouse.move(points!.to.x, points!.to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
}

/**
 * Where a claim's chip sits against the claim's highlighted text on the reader page: it follows the claim's last
 * character in reading order, so it is after the claim's text on the same line (on its left in right-to-left text,
 * on its right in left-to-right text), or starts the next line at the start edge. Returns what failed, or null.
 */
async function chipFollowsClaim(page: Page, claimId: string, dir: "rtl" | "ltr"): Promise<string | null> {
  return page.evaluate(
    ({ claimId, dir }) => {
      const rects = [...document.querySelectorAll(`mark[data-open-claim="${claimId}"]`)].flatMap((m) => [
        ...m.getClientRects(),
      ]);
      const chipElement = document.getElementById(`claim-${claimId}`)!;
      const chip = chipElement.getBoundingClientRect();
      const middle = chip.top + chip.height / 2;
      const sameLine = rects.filter((r) => r.top <= middle && r.bottom >= middle);
      const describe = () => JSON.stringify({ chip, rects: rects.map((r) => [r.left, r.right, r.top]) });
      if (!rects.length) return "the claim has no highlight";
      if (sameLine.length) {
        const ok =
          dir === "rtl"
            ? chip.right <= Math.min(...sameLine.map((r) => r.left)) + 2
            : chip.left >= Math.max(...sameLine.map((r) => r.right)) - 2;
        return ok ? null : `the chip is not after its claim on the line: ${describe()}`;
      }
      const block = (chipElement.closest("p") ?? document.body).getBoundingClientRect();
      const lastTop = Math.max(...rects.map((r) => r.top));
      const atStart = dir === "rtl" ? chip.right >= block.right - 24 : chip.left <= block.left + 24;
      return chip.top > lastTop && atStart
        ? null
        : `the chip neither follows its claim on its line nor starts the next line: ${describe()}`;
    },
    { claimId, dir },
  );
}

async function tellStory(browser: Browser, story: Story) {
  const { ui } = story;
  const [reviewerName, editorName] = story.people;
  const reviewer = await newMember(browser, "REVIEWER", reviewerName);
  const editor = await newMember(browser, "EDITOR", editorName);
  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-GB" });
  try {
    await chooseInterfaceLanguage(reviewer, story, reviewerName);
    await chooseInterfaceLanguage(editor, story, editorName);

    // ——— the reviewer pastes the article: its language is detected, readers will get the desk's language
    await reviewer.getByRole("link", { name: ui.articles, exact: true }).first().click();
    await reviewer.getByRole("link", { name: ui.addLink, exact: true }).first().click();
    await expect(reviewer).toHaveURL(/\/articles\/new$/);
    const intake = reviewer.getByRole("form", { name: ui.newArticle });
    await intake.getByLabel(ui.text, { exact: true }).fill(story.paragraphs.join("\n\n"));
    await intake.getByRole("button", { name: ui.preview, exact: true }).click();
    await expect(intake.getByRole("region", { name: ui.preview })).toContainText(ui.detected);
    await intake.getByLabel(ui.titleField, { exact: true }).fill(story.title);
    await intake.getByLabel(ui.readerLanguage).selectOption(story.locale);
    await axeClean(reviewer);
    await intake.getByRole("button", { name: ui.submitArticle }).click();
    await expect(reviewer).toHaveURL(/\/articles\/(?!new)[^/?]+$/);
    const articleUrl = new URL(reviewer.url()).pathname;
    await expect(reviewer.getByText(ui.languageLine)).toBeVisible();
    const text = reviewer.getByRole("textbox", { name: new RegExp(`^${ui.articleText}`) });
    await expect(text).toHaveAttribute("lang", story.locale);
    await expect(text).toHaveAttribute("dir", story.dir);
    const card = reviewer.getByRole("region", { name: ui.card });

    // ——— the mouse: drag over a sentence, "Add claim", rate it, explain it, save, submit
    await dragOver(reviewer, story.mouseClaim, story.dir);
    await reviewer.getByRole("button", { name: new RegExp(`^${ui.addClaim}`) }).click();
    await expect(text.locator("mark[data-claim-ids]")).toHaveText([story.mouseClaim]);
    await card.getByLabel(ui.claimant).fill(ui.claimant1);
    await card.getByRole("group", { name: ui.verdict }).getByRole("radio", { name: story.mouseVerdict.radio }).check();
    await card.getByLabel(new RegExp(`^${ui.rationale}`)).fill(ui.rationale1);
    await card.getByRole("button", { name: ui.save }).click();
    await expect(card.getByText(new RegExp(`^${ui.saved}`))).toBeVisible();
    await card.getByRole("button", { name: ui.submit }).click();
    await expect(card.getByText(ui.inReview, { exact: true })).toBeVisible();
    await card.getByRole("button", { name: ui.closeCard }).click();

    // ——— the keyboard: caret at the start of the last paragraph, Shift+Arrow forward in reading order, Enter
    await text.focus();
    await reviewer.keyboard.press("Control+End");
    await reviewer.keyboard.press("Home");
    const forward = story.dir === "rtl" ? "Shift+ArrowLeft" : "Shift+ArrowRight";
    for (let i = 0; i < story.keyboardClaim.length; i++) await reviewer.keyboard.press(forward);
    await expect.poll(() => reviewer.evaluate(() => document.getSelection()?.toString())).toBe(story.keyboardClaim);
    await reviewer.keyboard.press("Enter");
    await expect(text.locator("mark[data-claim-ids]")).toHaveText([story.mouseClaim, story.keyboardClaim]);
    await expect(reviewer.getByRole("region", { name: `${ui.claimsHeading} (2)` })).toBeVisible();
    await card
      .getByRole("group", { name: ui.verdict })
      .getByRole("radio", { name: story.keyboardVerdict.radio })
      .check();
    await card.getByLabel(new RegExp(`^${ui.rationale}`)).fill(ui.rationale2);
    await card.getByRole("button", { name: ui.save }).click();
    await expect(card.getByText(new RegExp(`^${ui.saved}`))).toBeVisible();
    await expect(card.getByRole("radio", { name: story.keyboardVerdict.radio })).toBeChecked();
    await axeClean(reviewer);
    // the picture: the article with both highlights beside the card's verdicts, from the top of the page
    await reviewer.evaluate(() => window.scrollTo(0, 0));
    await reviewer
      .getByRole("complementary")
      .first()
      .evaluate((aside) => aside.scrollTo(0, 0));
    await reviewer.screenshot({ path: `docs/screenshots/story-${story.name}-desk.png` });
    await card.getByRole("button", { name: ui.submit }).click();
    await expect(card.getByText(ui.inReview, { exact: true })).toBeVisible();

    // ——— the editor approves both and publishes
    await editor.goto(articleUrl);
    await expect(editor.locator("html")).toHaveAttribute("dir", story.dir);
    const editorCard = editor.getByRole("region", { name: ui.card });
    const list = editor.getByRole("region", { name: new RegExp(`^${ui.claimsHeading}`) });
    for (const [quote, verdict] of [
      [story.mouseClaim, story.mouseVerdict.label],
      [story.keyboardClaim, story.keyboardVerdict.label],
    ]) {
      const item = list.getByRole("button", { name: new RegExp(quote) });
      await expect(item).toContainText(verdict);
      await item.click();
      await expect(editorCard.getByRole("radio", { name: new RegExp(`^${verdict}`) })).toBeChecked();
      await editorCard.getByRole("button", { name: ui.approve, exact: true }).click();
      await expect(editorCard.getByText(ui.approved)).toBeVisible();
    }
    await editor.getByRole("button", { name: ui.publish }).click();
    const dialog = editor.getByRole("dialog", { name: ui.publishDialog });
    // each fact-check with its verdict in the editor's language (the snapshot's translated label)
    await expect(dialog.getByRole("listitem").filter({ hasText: story.mouseClaim })).toContainText(
      story.mouseVerdict.label,
    );
    await expect(dialog.getByRole("listitem").filter({ hasText: story.keyboardClaim })).toContainText(
      story.keyboardVerdict.label,
    );
    await axeClean(editor, '[role="dialog"]');
    await dialog.getByRole("button", { name: ui.publishNow }).click();
    await expect(dialog.getByText(ui.publishedTwo)).toBeVisible();
    await dialog.getByRole("button", { name: ui.close }).first().click();
    await expect(dialog).toBeHidden();
    const readerLink = editor.getByRole("link", { name: ui.readerView });
    await expect(readerLink).toBeVisible();
    const readerUrl = (await readerLink.getAttribute("href"))!;
    // the badge for the publisher's page: its frame's title in the readers' language, like the badge itself
    await editor.getByText(ui.embedSummary).click();
    await expect(editor.getByLabel(ui.badgeLabel)).toHaveValue(new RegExp(`title="${ui.badgeTitle}[^"]+"`));
    await axeClean(editor);

    // ——— the review report: dates and times keep their own order in a right-to-left page
    await editor.getByRole("link", { name: ui.report }).click();
    await expect(editor.locator("html")).toHaveAttribute("lang", story.locale);
    const generated = editor.locator("dt", { hasText: ui.reportGenerated }).locator("+ dd time");
    await expect(generated).toHaveAttribute("dir", "ltr");
    await expect(generated).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    await axeClean(editor);

    // ——— the anonymous reader
    const reader = await readerContext.newPage();
    await reader.setViewportSize({ width: 1280, height: 900 });
    await reader.goto(readerUrl);
    await expect(reader.locator("html")).toHaveAttribute("lang", story.locale);
    await expect(reader.locator("html")).toHaveAttribute("dir", story.dir);
    await expect(reader.locator("#article")).toHaveAttribute("dir", story.dir);
    await expect(reader.getByText(ui.readerEyebrow, { exact: true })).toBeVisible();
    await expect(reader.getByRole("heading", { name: ui.readerChecked })).toBeVisible();
    for (const [quote, verdict] of [
      [story.mouseClaim, story.mouseVerdict.label],
      [story.keyboardClaim, story.keyboardVerdict.label],
    ]) {
      const mark = reader.locator("mark[data-open-claim]").filter({ hasText: quote });
      await expect(mark).toHaveCount(1);
      const id = (await mark.getAttribute("data-open-claim"))!;
      const chip = reader.locator(`#claim-${id}`);
      await expect(chip).toHaveAccessibleName(ui.chipName.replace("{quote}", quote).replace("{verdict}", verdict));
      await expect(chip).toContainText(verdict);
      expect(await chipFollowsClaim(reader, id, story.dir)).toBeNull();
    }
    await axeClean(reader);
    await reader.screenshot({ path: `docs/screenshots/story-${story.name}-reader.png` });

    // the card of the first claim: in the language, its close button at the start of its head (mirrored in Arabic)
    const firstMark = reader.locator("mark[data-open-claim]").filter({ hasText: story.mouseClaim });
    const chip = reader.locator(`#claim-${await firstMark.getAttribute("data-open-claim")}`);
    await chip.click();
    const readerCard = reader.locator("dialog.card-dialog");
    await expect(readerCard).toBeVisible();
    await expect(readerCard.getByRole("heading", { name: ui.readerWhy })).toBeVisible();
    await expect(readerCard).toContainText(story.mouseVerdict.label);
    const close = readerCard.getByRole("button", { name: ui.readerClose });
    await expect(close).toBeFocused();
    const [closeBox, pillBox] = [await box(close), await box(readerCard.locator(".pill"))];
    if (story.dir === "rtl") expect(closeBox.x).toBeLessThan(pillBox.x);
    else expect(closeBox.x).toBeGreaterThan(pillBox.x);
    await axeClean(reader);
    await reader.keyboard.press("Escape");
    await expect(chip).toBeFocused();
  } finally {
    await Promise.all([reviewer.context().close(), editor.context().close(), readerContext.close()]);
  }
}

test("the whole story in Arabic: an Arabic desk claims, rates, approves and publishes; readers get it right to left", async ({
  browser,
}) => {
  test.setTimeout(240_000); // three browsers and two new members on a busy 2-core machine
  await tellStory(browser, ARABIC);
});

test("the whole story in Spanish: a Spanish desk claims, rates, approves and publishes; readers get it in Spanish", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  await tellStory(browser, SPANISH);
});
