import { describe, expect, it } from "vitest";
import { sessionSetup } from "./db-client";

describe("sessionSetup", () => {
  it("turns JIT off on every connection, and points SQL at the URL's schema when there is one", () => {
    expect(sessionSetup(undefined)).toBe("SET jit = off");
    expect(sessionSetup("test_file_7")).toBe('SET jit = off; SET search_path TO "test_file_7"');
  });

  it("quotes the schema as an identifier, so a name cannot end the statement", () => {
    expect(sessionSetup('x"; DROP TABLE "Claim')).toBe('SET jit = off; SET search_path TO "x""; DROP TABLE ""Claim"');
  });
});
