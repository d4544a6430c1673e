import { describe, expect, it } from "vitest";
import { mergeServerClaims } from "./merge-claims";

const c = (id: string, lockVersion: number, note = "") => ({ id, lockVersion, note });

describe("adopting fresh server claims", () => {
  it("takes the server's list: colleagues' new claims appear, deleted ones go, newer versions win", () => {
    const local = [c("a", 1), c("b", 1), c("gone", 3)];
    const server = [c("a", 2, "edited by a colleague"), c("b", 1), c("new", 1)];
    expect(mergeServerClaims(server, local)).toEqual(server);
  });

  it("keeps a claim still being created and a save newer than the server render", () => {
    const local = [c("a", 3, "saved here just now"), c("pending-10-20", 0)];
    const server = [c("a", 2, "render from before the save")];
    expect(mergeServerClaims(server, local)).toEqual([c("a", 3, "saved here just now"), c("pending-10-20", 0)]);
  });
});
