import { describe, expect, it } from "vitest";
import { IntakeError } from "./errors";
import { parseUpload } from "./parse-upload";

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array, type = "") => ({ name, type, bytes });

function catchIntakeError(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error("expected an IntakeError");
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe("parseUpload", () => {
  it("reads a .txt file as plain text, whatever its MIME type", () => {
    const result = parseUpload(file("story.txt", utf8("Line one\r\nLine two"), "application/octet-stream"));
    expect(result).toMatchObject({ text: "Line one\nLine two", html: null, meta: { title: null } });
  });

  it.each(["story.md", "STORY.MARKDOWN"])("reads %s as Markdown", (name) => {
    const result = parseUpload(file(name, utf8("# Title\n\nBody *text*.")));
    expect(result.text).toBe("Title\nBody text.");
    expect(result.meta.title).toBe("Title");
  });

  it.each(["page.html", "page.HTM"])("reads %s as HTML", (name) => {
    const result = parseUpload(file(name, utf8("<h1>Head</h1><p>Body <script>x()</script></p>")));
    expect(result).toMatchObject({ text: "Head\nBody", html: "<h1>Head</h1><p>Body </p>", meta: { title: "Head" } });
  });

  it("does not treat Markdown syntax in a .txt file as Markdown", () => {
    expect(parseUpload(file("notes.txt", utf8("# hash\n- dash\n- dash"))).text).toBe("# hash\n- dash\n- dash");
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseUpload(file("bom.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Café")]))).text).toBe("Café");
  });

  it("honours a UTF-16 byte-order mark", () => {
    expect(parseUpload(file("wide.txt", utf16le("Grüße aus Köln"))).text).toBe("Grüße aus Köln");
  });

  it("refuses bytes that are not UTF-8", () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]); // "Café ok" in Latin-1
    const error = catchIntakeError(() => parseUpload(file("latin.txt", latin1)));
    expect(error.reason).toBe("bad_encoding");
    expect(error.message).toBe("The file is not valid UTF-8 text; save it as UTF-8 and upload it again.");
  });

  it("refuses broken UTF-16 after a UTF-16 byte-order mark", () => {
    const loneSurrogate = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]);
    expect(catchIntakeError(() => parseUpload(file("wide.txt", loneSurrogate))).reason).toBe("bad_encoding");
  });

  it.each([
    ["report.pdf", '".pdf files cannot be imported; upload a .txt, .md or .html file, or paste the text instead.'],
    ["scan.DOCX", '".docx files cannot be imported'],
    ["README", "Files without an extension cannot be imported"],
  ])("refuses %s and names the type", (name, message) => {
    const error = catchIntakeError(() => parseUpload(file(name, utf8("text"))));
    expect(error.reason).toBe("unsupported_type");
    expect(error.message).toContain(message.replace(/^"/, ""));
  });

  it("refuses a file over 5 MB and gives its size", () => {
    const error = catchIntakeError(() => parseUpload(file("big.txt", new Uint8Array(6 * 1024 * 1024).fill(0x61))));
    expect(error.reason).toBe("too_big");
    expect(error.message).toBe("The article is 6.0 MB; the limit is 5 MB.");
  });

  it("refuses an empty file", () => {
    expect(catchIntakeError(() => parseUpload(file("empty.md", new Uint8Array(0)))).reason).toBe("empty");
  });
});
