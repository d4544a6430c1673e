// The interface speaks through the message catalogue (lib/i18n, docs/languages.md). Two rules for the files that have
// moved to it (TRANSLATED_FILES; the goal is every component and page):
// - no-hard-coded-text: words written straight into JSX (text, or aria-label/title/placeholder/alt/label props) are
//   reported: they would stay English in every language.
// - logical-direction: Tailwind's physical classes (ml-, pr-, left-, text-right, border-l, rounded-r …) are
//   reported: the Arabic desk is mirrored, so spacing and placement use start/end (ms-, pe-, start-, text-end …).
// test/lint/interface-text.test.ts shows each rule failing and passing.

/** Files whose interface text lives in the catalogue. Globs as in eslint's `files`. */
export const TRANSLATED_FILES = [
  "app/(desk)/articles/(list)/**",
  "app/(desk)/articles/\\[id\\]/report/**",
  "app/(desk)/articles/\\[id\\]/edit/**",
  "app/(desk)/articles/\\[id\\]/page.tsx",
  "app/(desk)/articles/import/**",
  "app/(desk)/articles/new/**",
  "app/(desk)/experts/**",
  "app/(desk)/exports/**",
  "app/(desk)/layout.tsx",
  "app/(desk)/my-work/**",
  "app/(desk)/overview/**",
  "app/(desk)/search/**",
  "app/(desk)/settings/email/**",
  "app/(desk)/settings/embed/**",
  "app/(desk)/settings/external-reviews/**",
  "app/(desk)/settings/language/**",
  "app/(desk)/settings/members/**",
  "app/(desk)/settings/page.tsx",
  "app/(desk)/settings/scales/**",
  "app/(desk)/settings/tokens/**",
  "app/error.tsx",
  "app/forgot-password/**",
  "app/global-error.tsx",
  "app/invite/**",
  "app/layout.tsx",
  "app/page.tsx",
  "app/reset-password/**",
  "app/setup/**",
  "app/signin/**",
  "app/signout/**",
  "components/annotator/**",
  "components/articles/**",
  "components/auth/**",
  "components/claim-finder/**",
  "components/digest/**",
  "components/discussion/**",
  "components/embed/**",
  "components/history/**",
  "components/intake/**",
  "components/invitations/**",
  "components/layout/**",
  "components/layout/user-menu.tsx",
  "components/members/**",
  "components/members/interface-language-form.tsx",
  "components/my-work/**",
  "components/notifications/**",
  "components/onboarding/**",
  "components/operations/**",
  "components/overview/**",
  "components/reports/**",
  "components/scales/**",
  "components/search/**",
  "components/tokens/**",
  "components/ui/**",
];

const LETTER = /\p{L}/u;
const TEXT_PROPS = new Set(["aria-label", "aria-description", "title", "placeholder", "alt", "label"]);

/** @type {import("eslint").Rule.RuleModule} */
export const noHardCodedText = {
  meta: {
    type: "problem",
    messages: {
      text: 'hard-coded interface text "{{text}}": put it in the message catalogue (lib/i18n/messages) and use t()',
    },
  },
  create(context) {
    const report = (node, value) =>
      context.report({ node, messageId: "text", data: { text: value.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === "string" ? node.name.name : "";
        if (!TEXT_PROPS.has(name) || !node.value) return;
        const value = node.value;
        if (value.type === "Literal" && typeof value.value === "string" && LETTER.test(value.value))
          report(value, value.value);
        if (value.type === "JSXExpressionContainer") {
          const e = value.expression;
          if (e.type === "Literal" && typeof e.value === "string" && LETTER.test(e.value)) report(e, e.value);
          if (e.type === "TemplateLiteral" && e.quasis.some((q) => LETTER.test(q.value.cooked ?? ""))) report(e, "`…`");
        }
      },
    };
  },
};

// ml-4, -mr-2, pl-px, left-0, right-[3px], text-left, border-r-2, rounded-tl-md, scroll-ml-2 (after any md:, hover:, !)
const PHYSICAL =
  /^-?(?:m[lr]|p[lr]|scroll-[mp][lr]|left|right|text-left|text-right|border-[lr]|rounded-(?:[lr]|tl|tr|bl|br)|float-left|float-right|clear-left|clear-right)(?:-|$)/;

/** The first physical-direction class in a class string, as written ("md:pl-6"), or null. */
export function findPhysicalClass(classes) {
  for (const cls of classes.split(/\s+/)) {
    const utility = cls.slice(cls.lastIndexOf(":") + 1).replace(/^!/, "");
    if (PHYSICAL.test(utility)) return cls;
  }
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const logicalDirection = {
  meta: {
    type: "problem",
    messages: {
      physical:
        'physical direction class "{{cls}}": use the logical one (ms-/me-, ps-/pe-, start-/end-, text-start/text-end, border-s/border-e, rounded-s/rounded-e) so the Arabic desk mirrors',
    },
  },
  create(context) {
    const check = (node, text) => {
      const cls = findPhysicalClass(text);
      if (cls) context.report({ node, messageId: "physical", data: { cls } });
    };
    const inClassName = (node) => {
      for (let n = node.parent; n; n = n.parent) {
        if (n.type === "JSXAttribute") return n.name.name === "className";
        if (n.type === "CallExpression" && n.callee.type === "Identifier" && /^(cn|clsx|cx)$/.test(n.callee.name))
          return true;
      }
      return false;
    };
    return {
      Literal(node) {
        if (typeof node.value === "string" && inClassName(node)) check(node, node.value);
      },
      TemplateElement(node) {
        if (inClassName(node)) check(node, node.value.cooked ?? "");
      },
    };
  },
};
