import { describe, expect, it } from "vitest";
import { decodeFetchedBytes, readContentTypeCharset } from "./decode-text";
import { IntakeError } from "./errors";

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe("readContentTypeCharset", () => {
  it.each([
    ["text/html; charset=utf-8", "utf-8"],
    ['text/html;charset="ISO-8859-1"', "ISO-8859-1"],
    ["text/html; foo=bar; Charset = Shift_JIS", "Shift_JIS"],
    ["text/html", null],
    [null, null],
  ])("%s → %s", (contentType, expected) => {
    expect(readContentTypeCharset(contentType)).toBe(expected);
  });
});

describe("decodeFetchedBytes", () => {
  it("uses the Content-Type charset", () => {
    expect(decodeFetchedBytes(Uint8Array.of(0x43, 0x61, 0x66, 0xe9), "text/plain; charset=iso-8859-1", false)).toBe(
      "Café",
    );
  });

  it("maps windows-1252 punctuation that Node's decoder leaves as control characters", () => {
    expect(
      decodeFetchedBytes(
        Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35),
        "text/html; charset=windows-1252",
        true,
      ),
    ).toBe("\u201cHi\u201d \u2013 \u20ac5");
  });

  it("reads <meta charset> and <meta http-equiv> from the start of an HTML page", () => {
    const withMeta = Uint8Array.of(...ascii('<meta charset="windows-1252"><p>'), 0x92);
    expect(decodeFetchedBytes(withMeta, "text/html", true)).toBe('<meta charset="windows-1252"><p>\u2019');
    const withHttpEquiv = Uint8Array.of(
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
      0xc1,
    );
    expect(decodeFetchedBytes(withHttpEquiv, "text/html", true).endsWith("\u0430")).toBe(true);
  });

  it("lets a byte-order mark win over a declared charset", () => {
    expect(decodeFetchedBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0xc3, 0xa9), "text/html; charset=iso-8859-1", true)).toBe(
      "é",
    );
  });

  it("tries UTF-8 first when nothing is declared", () => {
    expect(decodeFetchedBytes(Uint8Array.of(0xc3, 0xa9), null, true)).toBe("é");
    expect(decodeFetchedBytes(Uint8Array.of(0xe9, 0x92), null, true)).toBe("é\u2019");
  });

  it("refuses a charset label it does not know", () => {
    expect(() => decodeFetchedBytes(ascii("x"), "text/html; charset=klingon", true)).toThrow(IntakeError);
  });
});
