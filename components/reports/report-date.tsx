import { formatReportDate } from "@/lib/i18n/format";

/**
 * A report date ("2025-03-07 12:00 UTC") as one left-to-right piece: inside an Arabic page the date, the time and
 * "UTC" would otherwise be laid out right to left and read in the wrong order.
 */
export function ReportDate({ value }: { value: string }) {
  return (
    <time dateTime={value} dir="ltr">
      {formatReportDate(value)}
    </time>
  );
}

// a report date, with its time and zone when it has them, as formatReportDate writes it
const REPORT_DATE = /(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2} UTC)?)/;

/** A sentence of the report ("accessed 2025-03-08 09:15 UTC") with each date in it kept left to right. */
export function WithReportDates({ text }: { text: string }) {
  return text.split(REPORT_DATE).map((part, i) =>
    i % 2 ? (
      <bdi key={i} dir="ltr">
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}
