import { describe, expect, it } from "vitest";
import { formatRenderFallback, renderAsEscapedText } from "./render-fallback";

describe("renderAsEscapedText", () => {
  it("keeps paragraphs and line breaks and escapes every character that means something in HTML", () => {
    expect(renderAsEscapedText("Legit.\n\n>>> <script>alert('x')</script>\nnext & last\r\n  \r\nend")).toBe(
      "<p>Legit.</p><p>&gt;&gt;&gt; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>next &amp; last</p><p>end</p>",
    );
  });

  it("gives nothing for blank text", () => {
    expect(renderAsEscapedText(" \n\n \n")).toBe("");
  });
});

describe("formatRenderFallback", () => {
  it("is one JSON line naming what fell back and why, never the text itself", () => {
    const line = formatRenderFallback(
      "markdown",
      "The stored text is nested more than 32 levels deep",
      8008,
      new Date("2026-12-02T12:00:00Z"),
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      level: "warn",
      kind: "render",
      event: "shown_as_text",
      what: "markdown",
      problem: "The stored text is nested more than 32 levels deep",
      length: 8008,
      at: "2026-12-02T12:00:00.000Z",
    });
  });
});
