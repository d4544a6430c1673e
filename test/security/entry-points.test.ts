import { describe, expect, it } from "vitest";
import { hasUseServerDirective, routePathOf } from "../support/entry-points";

describe("hasUseServerDirective", () => {
  it.each([
    ['"use server";\nexport async function a() {}', true],
    ["// Server actions of claims\n/* why */\n'use server'\nexport async function a() {}", true],
    ['import { x } from "y";\n"use server";', false],
    ['export async function a() {\n  "use server";\n}', false],
    ['"use client";\nexport function A() {}', false],
  ])("reads %j as %s", (source, expected) => {
    expect(hasUseServerDirective(source)).toBe(expected);
  });
});

describe("routePathOf", () => {
  it.each([
    ["app/api/articles/[id]/report/route.ts", "/api/articles/[id]/report"],
    ["app/(desk)/articles/[id]/edit/page.tsx", "/articles/[id]/edit"],
    ["app/api/auth/[...nextauth]/route.ts", "/api/auth/[...nextauth]"],
  ])("maps %s to %s", (file, route) => {
    expect(routePathOf(file)).toBe(route);
  });
});
