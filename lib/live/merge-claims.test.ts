import { describe, expect, it } from "vitest";
import { mergeServerClaims } from "./merge-claims";

const readAt = "2026-12-03T10:00:00.000Z";
const before = "2026-12-03T09:59:59.000Z";
const after = "2026-12-03T10:00:00.250Z";
const c = (id: string, lockVersion: number, note = "", updatedAt = before) => ({ id, lockVersion, note, updatedAt });

describe("adopting fresh server claims", () => {
  it("takes the server's list: colleagues' new claims appear, deleted ones go, newer versions win", () => {
    const local = [c("a", 1), c("b", 1), c("gone", 3)];
    const server = [c("a", 2, "edited by a colleague"), c("b", 1), c("new", 1)];
    expect(mergeServerClaims(server, local, readAt)).toEqual(server);
  });

  it("keeps a claim still being created and a save newer than the server render", () => {
    const local = [c("a", 3, "saved here just now"), c("pending-10-20", 0)];
    const server = [c("a", 2, "render from before the save")];
    expect(mergeServerClaims(server, local, readAt)).toEqual([c("a", 3, "saved here just now"), c("pending-10-20", 0)]);
  });

  it("keeps a claim created here after the server's list was read, which an older refresh cannot contain", () => {
    const local = [c("a", 1), c("b", 1), c("created-here", 1, "", after)];
    const server = [c("a", 1), c("b", 1)];
    expect(mergeServerClaims(server, local, readAt).map((x) => x.id)).toEqual(["a", "b", "created-here"]);
  });

  it("drops a claim a colleague deleted once a list read after its last change here arrives", () => {
    const local = [c("a", 1), c("deleted-by-colleague", 2, "", after)];
    const laterRead = "2026-12-03T10:00:05.000Z";
    expect(mergeServerClaims([c("a", 1)], local, laterRead).map((x) => x.id)).toEqual(["a"]);
  });
});
