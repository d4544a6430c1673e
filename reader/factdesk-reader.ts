// The reader page's only script (bundled by scripts/build-embed.mjs into public/reader/reader.js). The page is
// complete without it: every highlight, label and card is in the HTML. It adds three things:
// - a claim's card in a native modal <dialog> (the platform's own primitive: focus moves in and is kept there,
//   Escape closes, the rest of the page is inert; focus returns to the claim's chip on close);
// - deep links: /r/org/article#claim-<id> opens the page at the claim with its card open;
// - the verdict summary's buttons show and hide each verdict's highlights.
import { highlightStyle } from "@/lib/reader/document/highlight-style";

const dialog = document.querySelector<HTMLDialogElement>("dialog.card-dialog");
const chipOf = (id: string) => document.getElementById(`claim-${id}`);
let opener: HTMLElement | null = null;

function openCard(id: string): void {
  const card = document.querySelector(`[data-card="${CSS.escape(id)}"]`);
  if (!dialog || !card) return;
  opener = chipOf(id);
  const copy = card.cloneNode(true) as HTMLElement;
  copy.querySelector(".card-title")?.setAttribute("id", "card-title");
  const close = document.createElement("button");
  Object.assign(close, { type: "button", className: "card-close", textContent: "✕" });
  // in the reader's language, from the page (this script has no catalogue)
  close.setAttribute("aria-label", dialog.dataset.closeLabel || "Close");
  close.addEventListener("click", () => dialog.close());
  const head = document.createElement("div");
  head.className = "card-head";
  head.append(...[copy.querySelector(".pill")].filter((x): x is Element => !!x), close);
  copy.prepend(head);
  dialog.replaceChildren(copy);
  if (!dialog.open) dialog.showModal();
  dialog.scrollTop = 0;
  close.focus();
}

dialog?.addEventListener("close", () => {
  dialog.replaceChildren();
  if (location.hash.startsWith("#claim-")) history.replaceState(null, "", location.pathname + location.search);
  opener?.focus();
  opener = null;
});
// a click on the backdrop lands on the <dialog> itself (its content fills the box)
dialog?.addEventListener("click", (event) => {
  if (event.target === dialog) dialog.close();
});

document.addEventListener("click", (event) => {
  const target = (event.target as Element).closest<HTMLElement>("[data-open-claim]");
  if (target?.dataset.openClaim) openCard(target.dataset.openClaim);
});

function openFromHash(): void {
  const match = /^#claim-(.+)$/.exec(location.hash);
  if (!match) return;
  const id = decodeURIComponent(match[1]);
  chipOf(id)?.scrollIntoView({ block: "center" });
  openCard(id);
}
window.addEventListener("hashchange", openFromHash);
openFromHash();

// --- verdict filter
const hidden = new Set<string>();
const chips = [...document.querySelectorAll<HTMLElement>(".verdict-chip")];
const claimVerdict = new Map(
  chips.map((c) => [c.dataset.openClaim!, { verdict: c.dataset.verdict!, colour: c.style.backgroundColor }]),
);

function applyFilter(): void {
  for (const chip of chips) chip.hidden = hidden.has(chip.dataset.verdict!);
  for (const mark of document.querySelectorAll<HTMLElement>("mark[data-claim-ids]")) {
    const shown = mark.dataset.claimIds!.split(" ").filter((id) => !hidden.has(claimVerdict.get(id)?.verdict ?? ""));
    const inner = shown[shown.length - 1];
    mark.classList.toggle("is-filtered", !inner);
    if (inner) {
      mark.dataset.openClaim = inner;
      const { background, shadow } = highlightStyle(claimVerdict.get(inner)!.colour, shown.length);
      mark.style.backgroundColor = background;
      mark.style.boxShadow = shadow;
    } else {
      delete mark.dataset.openClaim;
    }
  }
}

for (const toggle of document.querySelectorAll<HTMLButtonElement>("[data-verdict-toggle]")) {
  toggle.addEventListener("click", () => {
    const verdict = toggle.dataset.verdictToggle!;
    const show = hidden.has(verdict);
    if (show) hidden.delete(verdict);
    else hidden.add(verdict);
    toggle.setAttribute("aria-pressed", String(show));
    applyFilter();
  });
}
