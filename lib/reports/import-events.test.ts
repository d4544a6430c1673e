import { describe, expect, it } from "vitest";
import { createImportEventReader, encodeImportEvent, type ImportEvent } from "./import-events";

describe("import events", () => {
  const events: ImportEvent[] = [
    { type: "reading" },
    { type: "saving", done: 50, total: 120 },
    {
      type: "result",
      result: { ok: true, data: { articleId: "a1", kind: "annotations", imported: 1, skipped: [] } },
    },
  ];

  it("reads back what was written, however the bytes are cut on the way", () => {
    const text = events.map(encodeImportEvent).join("");
    for (const size of [1, 7, text.length]) {
      const reader = createImportEventReader();
      const read: ImportEvent[] = [];
      for (let i = 0; i < text.length; i += size) read.push(...reader.push(text.slice(i, i + size)));
      expect(read).toEqual(events);
    }
  });

  it("refuses a line that is not an event", () => {
    expect(() => createImportEventReader().push('{"type":"saving","done":-1,"total":3}\n')).toThrow();
    expect(() => createImportEventReader().push("<html>\n")).toThrow();
  });
});
