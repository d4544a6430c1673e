import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatReportDate, pageSummary } from "./format";

describe("dates", () => {
  const at = new Date("2025-03-06T23:30:00Z");

  it("formats in UTC unless a time zone is given, and says which clock a time is on", () => {
    expect(formatDate(at, "long")).toBe("6 March 2025");
    expect(formatDate(at, "short")).toBe("6 Mar 2025");
    expect(formatDate(at, "dayMonth")).toBe("6 Mar");
    expect(formatDate(at, "time")).toBe("23:30 UTC");
    expect(formatDate(at, "dateTime")).toBe("6 Mar 2025, 23:30 UTC");
    expect(formatDate(at, "long", { timeZone: "Asia/Tokyo" })).toBe("7 March 2025");
    expect(formatDate(at, "time", { timeZone: "Asia/Tokyo" })).toBe("08:30 Asia/Tokyo");
  });

  it("accepts ISO strings and epoch numbers, and never throws on a bad value", () => {
    expect(formatDate("2025-03-06T23:30:00Z", "short")).toBe("6 Mar 2025");
    expect(formatDate(at.getTime(), "short")).toBe("6 Mar 2025");
    expect(formatDate("not a date", "short")).toBe("unknown date");
  });

  it("keeps report dates machine-like", () => {
    expect(formatReportDate("2025-03-07")).toBe("2025-03-07");
    expect(formatReportDate("2025-03-07T12:00:30Z")).toBe("2025-03-07 12:00 UTC");
    expect(formatReportDate("garbage")).toBe("garbage");
  });
});

describe("in the interface languages", () => {
  const at = new Date("2025-03-06T23:30:00Z");

  it("writes dates and numbers the way each language does", () => {
    expect(formatDate(at, "long", { locale: "es" })).toBe("6 de marzo de 2025");
    expect(formatDate(at, "long", { locale: "ar" })).toBe("6 مارس 2025");
    expect(formatDate("nope", "long", { locale: "es" })).toBe("fecha desconocida");
    expect(formatNumber(12345)).toBe("12,345");
    expect(formatNumber(12345, "es")).toBe("12.345");
    expect(formatNumber(12345, "ar")).toBe("12,345");
  });
});

describe("pageSummary", () => {
  it("says the total alone when every row is on the page, else the range, in the locale's digits", () => {
    expect(pageSummary({ shown: 3, total: 3, offset: 0 }, "en").key).toBe("total");
    expect(pageSummary({ shown: 0, total: 12, offset: 0 }, "en").key).toBe("total");
    expect(pageSummary({ shown: 50, total: 10000, offset: 50 }, "en")).toEqual({
      key: "range",
      values: { total: 10000, totalText: "10,000", from: "51", to: "100" },
    });
    expect(pageSummary({ shown: 50, total: 10000, offset: 50 }, "es").values.totalText).toBe("10.000");
  });
});
