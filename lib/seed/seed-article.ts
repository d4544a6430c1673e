import { readFileSync, existsSync } from "node:fs";
import path from "node:path";

// The demo article lives in the shared fixtures folder beside the repository; the copy under prisma/ is the same
// text, kept so the app can seed on a machine without ../shared.
export function readSeedArticle(root = process.cwd()): string {
  const shared = path.resolve(root, "..", "shared", "fixtures", "seed-article.txt");
  return readFileSync(existsSync(shared) ? shared : path.resolve(root, "prisma", "seed-article.txt"), "utf8");
}

export type SeedClaim = {
  quote: string;
  claimant: string;
  claimDate: string;
  claimContext: string;
  verdict: string;
  rationale: string;
  state: "PUBLISHED" | "IN_REVIEW";
  citations: {
    kind: "EXPERT_QUOTE" | "DOCUMENT" | "DATASET" | "OFFICIAL_STATEMENT" | "NEWS_REPORT" | "OTHER";
    quote?: string;
    sourceTitle?: string;
    publisher?: string;
    url?: string;
    saidWhere?: string;
    expert?: "szechenyi";
  }[];
};

export const SZECHENYI = {
  name: "Nicholas Szechenyi",
  title: "Japan expert",
  affiliation: "Center for Strategic and International Studies",
  profileUrl: "https://www.csis.org/people/nicholas-szechenyi",
};

export const SEED_CLAIMS: SeedClaim[] = [
  {
    quote: "We have to protect them, but they don't have to protect us",
    claimant: "Donald Trump",
    claimDate: "2025-03-06",
    claimContext: "Press conference in the Oval Office",
    verdict: "Technically inaccurate",
    rationale:
      "Under the 1960 treaty the United States must defend Japan, while Japan's obligations are to host U.S. forces. " +
      "Since Japan's 2015 security legislation, however, **collective self-defence** allows Japan to protect the U.S. in specific situations, " +
      "so saying Japan does not have to protect the U.S. at all is technically inaccurate.",
    state: "PUBLISHED",
    citations: [
      {
        kind: "EXPERT_QUOTE",
        expert: "szechenyi",
        quote: "technically inaccurate",
        saidWhere: "Comment reported alongside the press conference",
      },
      {
        kind: "DOCUMENT",
        sourceTitle: "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
        publisher: "Ministry of Foreign Affairs of Japan",
        url: "https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html",
      },
    ],
  },
  {
    quote:
      "Under the treaty, which was signed in 1960, the U.S. is obliged to defend Japan if the country falls under an attack.",
    claimant: "The article",
    claimDate: "2025-03-06",
    claimContext: "Background paragraph of the report",
    verdict: "Accurate",
    rationale:
      "Article V of the 1960 treaty commits each party to act against an armed attack on territories under the administration of Japan.",
    state: "PUBLISHED",
    citations: [
      {
        kind: "OFFICIAL_STATEMENT",
        sourceTitle: "Treaty of Mutual Cooperation and Security, Article V",
        publisher: "Ministry of Foreign Affairs of Japan",
        url: "https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html",
        quote:
          "Each Party recognizes that an armed attack against either Party in the territories under the administration of Japan would be dangerous to its own peace and safety",
      },
    ],
  },
  {
    quote: "The alliance, formed in 1949 in Washington, has a collective defence clause",
    claimant: "The article",
    claimDate: "2025-03-06",
    claimContext: "Background on NATO",
    verdict: "Accurate",
    rationale:
      "The North Atlantic Treaty was signed in Washington on 4 April 1949; its Article 5 is the collective defence clause.",
    state: "PUBLISHED",
    citations: [
      {
        kind: "DOCUMENT",
        sourceTitle: "The North Atlantic Treaty",
        publisher: "NATO",
        url: "https://www.nato.int/cps/en/natohq/official_texts_17120.htm",
      },
    ],
  },
  {
    quote:
      "a Pentagon statement urged Japan to increase its defence spending by three per cent of gross domestic product",
    claimant: "Kyodo News, as reported in the article",
    claimDate: "2025-03-06",
    claimContext: "Report on the background to the press conference",
    verdict: "Misleading",
    rationale:
      "The figure discussed in Washington was a target level of defence spending of 3% of GDP, not an increase *by* three per cent of GDP; " +
      "the wording overstates the demand.",
    state: "PUBLISHED",
    citations: [
      {
        kind: "NEWS_REPORT",
        sourceTitle: "Kyodo News coverage of the Pentagon statement",
        publisher: "Kyodo News",
        url: "https://english.kyodonews.net/",
      },
    ],
  },
  {
    quote: "Trump had previously met with Japanese Prime Minister Shigeru Ishiba in February 2025",
    claimant: "The article",
    claimDate: "2025-03-06",
    claimContext: "Background paragraph",
    verdict: "Accurate",
    rationale: "The two leaders met at the White House on 7 February 2025.",
    state: "IN_REVIEW",
    citations: [
      {
        kind: "OFFICIAL_STATEMENT",
        sourceTitle: "Japan-U.S. Summit Meeting",
        publisher: "Ministry of Foreign Affairs of Japan",
        url: "https://www.mofa.go.jp/na/na1/us/pageite_000001_00801.html",
      },
    ],
  },
];
