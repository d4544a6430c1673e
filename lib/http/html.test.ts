import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonForScript, trustedHtml } from "./html";

describe("html", () => {
  it("escapes every interpolated string, in text and in attributes", () => {
    const name = `"><script>alert(1)</script>`;
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>`,
    );
    expect(escapeHtml("Tom & Jerry's")).toBe("Tom &amp; Jerry&#39;s");
  });

  it("keeps nested html and trusted markup as markup, drops null/false, joins arrays", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}${null}${false}${undefined}${0}</ul>${trustedHtml("<em>ok</em>")}`.toString()).toBe(
      "<ul><li>a&lt;b</li><li>c</li>0</ul><em>ok</em>",
    );
  });

  it("serializes JSON that cannot close its script element", () => {
    const out = jsonForScript({ claim: "</script><script>alert(1)</script>", sep: "a\u2028b" }).toString();
    expect(out).not.toContain("</script");
    expect(out).not.toContain("\u2028");
    expect(JSON.parse(out)).toEqual({ claim: "</script><script>alert(1)</script>", sep: "a\u2028b" });
  });
});
