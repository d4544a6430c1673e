/** Word lists for the benchmark's generated news prose (bench/news-prose.ts). */

export const FIRST_NAMES = [
  "Maria", "José", "Chen", "Amara", "Lars", "Priya", "Tomasz", "Zoë", "Hamid", "Elena", "Kwame", "Sofia",
  "Daniel", "Aiko", "Fatima", "Jonas", "Lucía", "Mehmet", "Nadia", "Oren", "Rosa", "Sipho", "Yusuf", "Ingrid",
];
export const LAST_NAMES = [
  "Keller", "Álvarez", "Wei", "Okafor", "Østergaard", "Natarajan", "Wiśniewski", "Fontaine", "Rahimi", "Petrova",
  "Mensah", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Berg", "Romero", "Yılmaz", "Kovač", "Levi", "Duarte",
  "Nkosi", "Osei", "Brennan",
];
export const ROLES = [
  "finance minister", "council member", "union leader", "economist", "spokesperson", "mayor", "senator",
  "analyst", "chief executive", "professor of public health", "housing advocate", "deputy director", "auditor",
];
export const ORG_KINDS = [
  "city council", "health ministry", "central bank", "transport authority", "school board", "energy regulator",
  "port authority", "statistics office", "water utility", "housing agency", "police department", "court of auditors",
];
export const ORG_QUALIFIERS = ["regional", "national", "federal", "municipal", "provincial", "state"];
export const PLACES = [
  "Lisbon", "Nairobi", "Kraków", "Osaka", "Montréal", "Tromsø", "Valparaíso", "Dakar", "Leeds", "Tbilisi",
  "Porto Alegre", "Gdańsk", "Medellín", "Accra", "Bergen", "Sapporo", "Izmir", "Cork", "Tallinn", "Durban",
];
export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
];
export const THINGS = [
  "bus fares", "rents", "hospital waiting times", "electricity prices", "unemployment", "school enrolment",
  "emergency calls", "water use", "housing permits", "tax revenue", "flight delays", "food prices",
  "youth unemployment", "rail ridership", "heating costs", "crime reports", "tourist arrivals", "bankruptcies",
];
export const TRENDS = ["rose", "fell", "climbed", "dropped", "doubled", "stalled", "recovered", "slipped", "jumped", "eased"];
export const ACTIONS = [
  "approved a budget", "delayed a vote", "announced an inquiry", "cut spending", "raised fees", "signed a contract",
  "opened a consultation", "rejected the proposal", "froze hiring", "published new figures", "suspended the tender",
  "extended the deadline", "launched an audit", "scrapped the subsidy",
];
export const GOALS = [
  "reduce congestion", "build affordable homes", "hire more nurses", "repair the old bridge", "lower emissions",
  "expand night buses", "modernise the grid", "fund school meals", "clean up the harbour", "cut waiting lists",
  "protect the wetlands", "digitise court records",
];
export const OUTLETS = ["reporters", "the broadcaster", "a local newspaper", "lawmakers", "a news conference", "residents"];
export const ADVERBS = ["sharply", "slightly", "steadily", "unexpectedly", "again", "for a third year", "modestly"];
export const VERDICTS = ["a mistake", "long overdue", "premature", "a relief"];

/** Replacement words for "a changed word": common enough not to stand out. */
export const SWAP_WORDS = [
  "sharply", "modestly", "council", "ministry", "Tuesday", "Friday", "percent", "million", "nearly", "about",
  "rejected", "approved", "record", "smaller", "larger", "public", "private", "northern", "coastal", "regional",
  "officials", "residents", "several", "fewer", "2019", "2024", "early", "late",
];

/** Sentences wire copy repeats verbatim, so exact duplicates of a claim exist. */
export const BOILERPLATE = [
  "The company did not immediately respond to a request for comment.",
  "This story has been updated with additional details.",
  "Officials declined to comment further on the matter.",
  "The figures have not been independently verified.",
];
