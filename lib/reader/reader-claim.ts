import type { PublishedCitation } from "@/lib/publishing/snapshot";

// What the public reader page shows of one claim: published data only.
export type ReaderClaim = {
  id: string;
  start: number;
  end: number;
  quote: string;
  claimant: string | null;
  claimDate: string | null;
  claimContext: string | null;
  verdict: { label: string; colour: string; description: string | null };
  rationaleHtml: string;
  citations: PublishedCitation[];
  reviewers: string[];
  approvers: string[];
  checkedAt: string;
  corrections: { note: string; at: string }[];
};

export type LegendEntry = { label: string; colour: string; description: string | null; count: number };
