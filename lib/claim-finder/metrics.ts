/** Ranking measures for check-worthiness: how well a score puts the sentences worth checking first. */

export type Scored = { score: number; label: 0 | 1 };

/** ROC AUC by the rank-sum (Mann-Whitney) formula, ties counted as half. */
export function rocAuc(items: Scored[]): number {
  const sorted = items.slice().sort((a, b) => a.score - b.score);
  let rankSumPositives = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k].label === 1) ((rankSumPositives += averageRank), positives++);
    i = j;
  }
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

const byScoreDescending = (items: Scored[]) => items.slice().sort((a, b) => b.score - a.score);

/** Average precision: the mean of the precision at each check-worthy sentence's rank. */
export function averagePrecision(items: Scored[]): number {
  let hits = 0;
  let sum = 0;
  byScoreDescending(items).forEach((item, i) => {
    if (item.label === 1) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return hits === 0 ? NaN : sum / hits;
}

export function precisionAt(items: Scored[], k: number): number {
  const top = byScoreDescending(items).slice(0, k);
  return top.filter((item) => item.label === 1).length / Math.max(1, top.length);
}
