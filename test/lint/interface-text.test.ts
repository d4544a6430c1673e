import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The real eslint.config.mjs over small components placed at a path the interface-text rules cover.
const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root });
const covered = "components/members/interface-language-form.tsx";

async function textErrors(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${root}/${covered}` });
  return result.messages.filter((m) => m.ruleId?.startsWith("factdesk-text/")).map((m) => m.message);
}

describe("interface text lint", () => {
  // the first lint loads the config, its plugins and the TypeScript parser: seconds on a loaded machine, once
  beforeAll(() => eslint.lintText("", { filePath: `${root}/${covered}` }), 60_000);

  it.each([
    ["JSX text", "export const A = () => <p>Saved</p>;", /hard-coded interface text "Saved"/],
    ["an aria-label", 'export const A = () => <button aria-label="Close" />;', /"Close"/],
    ["a placeholder in braces", 'export const A = () => <input placeholder={"Search"} />;', /"Search"/],
    ["Arabic text", "export const A = () => <p>تم الحفظ</p>;", /تم الحفظ/],
    ["a margin on the left", 'export const A = () => <p className="mt-2 ml-4" />;', /physical direction class "ml-4"/],
    ["a responsive padding", 'export const A = () => <p className="md:pr-6" />;', /"md:pr-6"/],
    [
      "text-right in cn()",
      'import { cn } from "@/lib/class-names";\nexport const A = () => <p className={cn("text-right")} />;',
      /text-right/,
    ],
    ["a left position", 'export const A = () => <p className="absolute left-0" />;', /left-0/],
  ])("reports %s", async (_, source, message) => {
    const errors = await textErrors(source);
    expect(errors.join("\n")).toMatch(message);
  });

  it.each([
    [
      "translated text",
      'import { useTranslations } from "next-intl";\nexport function A() { const t = useTranslations("common"); return <p aria-label={t("close")}>{t("saved")}</p>; }',
    ],
    ["punctuation and numbers", "export const A = () => <p>· 12 — …</p>;"],
    [
      "logical classes",
      'export const A = () => <p className="ms-4 pe-2 start-0 text-end border-s rounded-e-md leading-tight" />;',
    ],
    ["a non-text prop", 'export const A = () => <input name="language" type="radio" value="es" />;'],
  ])("accepts %s", async (_, source) => {
    expect(await textErrors(source)).toEqual([]);
  });
});
