import { describe, expect, it, vi } from "vitest";
import { IntakeError, type IntakeErrorReason } from "./errors";
import { assertPublicUrl } from "./url-guard";

// A fake resolver: no test here ever asks real DNS.
const DNS: Record<string, string[]> = {
  "public.test": ["93.184.216.34"],
  "dual.test": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
  "private.test": ["10.1.2.3"],
  "mixed.test": ["93.184.216.34", "127.0.0.1"],
  "mapped.test": ["::ffff:127.0.0.1"],
  "metadata.test": ["169.254.169.254"],
  "cgnat.test": ["100.64.1.1"],
  "ula.test": ["fd00::1"],
  "empty.test": [],
};
const lookup = vi.fn(async (host: string) => {
  const answer = DNS[host];
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return answer;
});

async function reasonFor(url: string, allowPrivate = false): Promise<IntakeErrorReason | "ok"> {
  try {
    await assertPublicUrl(url, { allowPrivate, lookup });
    return "ok";
  } catch (error) {
    if (error instanceof IntakeError) return error.reason;
    throw error;
  }
}

describe("assertPublicUrl", () => {
  it.each([
    ["https://public.test/news/1", "ok"],
    ["http://dual.test:8080/x", "ok"],
    ["http://93.184.216.34/", "ok"],
    ["http://[2606:2800:220:1:248:1893:25c8:1946]/", "ok"],
    ["http://127.0.0.1/", "blocked_address"],
    ["http://127.1/", "blocked_address"],
    ["http://2130706433/", "blocked_address"],
    ["http://0x7f.1/", "blocked_address"],
    ["http://0x7f000001/", "blocked_address"],
    ["http://0177.0.0.1/", "blocked_address"],
    ["http://017700000001/", "blocked_address"],
    ["http://[::1]/", "blocked_address"],
    ["http://[::]/", "blocked_address"],
    ["http://0.0.0.0/", "blocked_address"],
    ["http://0/", "blocked_address"],
    ["http://[::ffff:127.0.0.1]/", "blocked_address"],
    ["http://[::ffff:a9fe:a9fe]/", "blocked_address"],
    ["http://10.0.0.1/", "blocked_address"],
    ["http://172.16.5.4/", "blocked_address"],
    ["http://192.168.0.1/", "blocked_address"],
    ["http://169.254.169.254/latest/meta-data/", "blocked_address"],
    ["http://100.64.0.1/", "blocked_address"],
    ["http://[fc00::1]/", "blocked_address"],
    ["http://[fe80::1]/", "blocked_address"],
    ["http://224.0.0.1/", "blocked_address"],
    ["http://[ff02::1]/", "blocked_address"],
    ["http://127.0.0.1./", "blocked_address"],
    ["http://0x7f.0.0.1./", "blocked_address"],
    ["http://localhost/", "blocked_address"],
    ["http://LOCALHOST./", "blocked_address"],
    ["http://api.localhost:3000/", "blocked_address"],
    ["http://private.test/", "blocked_address"],
    ["http://mixed.test/", "blocked_address"],
    ["http://mapped.test/", "blocked_address"],
    ["http://metadata.test/", "blocked_address"],
    ["http://cgnat.test/", "blocked_address"],
    ["http://ula.test/", "blocked_address"],
    ["ftp://public.test/file", "bad_url"],
    ["javascript:alert(1)", "bad_url"],
    ["file:///etc/passwd", "bad_url"],
    ["data:text/html,hi", "bad_url"],
    ["not a url", "bad_url"],
    ["https://user:secret@public.test/", "bad_url"],
    ["https://missing.test/", "fetch_failed"],
    ["https://empty.test/", "fetch_failed"],
  ])("%s → %s", async (url, expected) => {
    expect(await reasonFor(url)).toBe(expected);
  });

  it.each([
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://[::1]/",
    "http://private.test/",
    "http://mixed.test/",
    "http://10.0.0.1/",
  ])("lets %s through when private addresses are allowed", async (url) => {
    expect(await reasonFor(url, true)).toBe("ok");
  });

  it("still refuses non-web schemes when private addresses are allowed", async () => {
    expect(await reasonFor("file:///etc/passwd", true)).toBe("bad_url");
  });

  it("returns every resolved address, and does not look up IP literals", async () => {
    lookup.mockClear();
    expect(await assertPublicUrl("https://dual.test/", { allowPrivate: false, lookup })).toEqual([
      "93.184.216.34",
      "2606:2800:220:1:248:1893:25c8:1946",
    ]);
    expect(await assertPublicUrl("http://0x7f.1/", { allowPrivate: true, lookup })).toEqual(["127.0.0.1"]);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it("tells the user what is refused", async () => {
    await expect(assertPublicUrl("http://10.0.0.1/", { allowPrivate: false, lookup })).rejects.toThrow(
      "Importing from private, loopback or link-local addresses is not allowed.",
    );
    await expect(assertPublicUrl("ftp://public.test/", { allowPrivate: false, lookup })).rejects.toThrow(
      '(this one starts with "ftp:")',
    );
  });
});
