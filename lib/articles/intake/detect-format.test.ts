import { describe, expect, it } from "vitest";
import { detectFormat, isWholePage } from "./detect-format";

describe("detectFormat", () => {
  it.each([
    ["<p>Hello</p>", "html"],
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ['<div class="story">text</div>', "html"],
    ["Plain words with a <br> in them", "html"],
    ["# Title\n\nBody", "markdown"],
    ["Intro\n\n## Section\n\ntext", "markdown"],
    ["See [the report](https://example.com/r).", "markdown"],
    ["- one\n- two", "markdown"],
    ["1. first\n2. second", "markdown"],
    ["> quoted line", "markdown"],
    ["```\ncode\n```", "markdown"],
    ["Some **bold** claim", "markdown"],
    ["# Title\n\nA <br> inside Markdown", "markdown"],
    ["The council met on Tuesday.\n\nIt voted 5-2.", "text"],
    ["1. A single numbered sentence.", "text"],
    ["Prices rose 3 < 4 > 2 percent #1 in [brackets]", "text"],
    ["", "text"],
  ])("%j → %s", (content, expected) => {
    expect(detectFormat(content)).toBe(expected);
  });
});

describe("isWholePage", () => {
  it.each([
    ["<!doctype html><p>x</p>", true],
    ["<html><body></body></html>", true],
    ["<head><title>t</title></head>", true],
    ["<p>just a fragment</p>", false],
    ["<div><h1>t</h1></div>", false],
  ])("%s → %s", (html, expected) => {
    expect(isWholePage(html)).toBe(expected);
  });
});
