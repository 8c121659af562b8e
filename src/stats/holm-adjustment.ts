// Holm–Bonferroni step-down adjustment of a family of p-values (Holm 1979): controls the family-wise
// error rate like Bonferroni, but is uniformly more powerful. Same output as R's p.adjust(p, "holm").
import { statsMessages } from './stats-messages.js';

/**
 * Holm-adjusted p-values, in the input order. With the m finite p-values sorted ascending
 * p(1) ≤ … ≤ p(m): adj(i) = max_{j ≤ i} min(1, (m − j + 1)·p(j)). NaN entries (tests that could not be
 * run) are left NaN and not counted in m. Reject H_i at level α when adj_i ≤ α.
 */
export function holmAdjust(pValues: ArrayLike<number>): number[] {
  const adjusted = Array.from({ length: pValues.length }, () => Number.NaN);
  const order: number[] = [];
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (Number.isNaN(p)) continue;
    if (p < 0 || p > 1) throw new RangeError(statsMessages.pValueOutOfRange(i, p));
    order.push(i);
  }
  // Stable sort: tied p-values keep input order, so the result never depends on the sort algorithm.
  order.sort((a, b) => pValues[a] - pValues[b]);
  const m = order.length;
  let runningMax = 0;
  for (let rank = 0; rank < m; rank++) {
    const i = order[rank];
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * pValues[i]));
    adjusted[i] = runningMax;
  }
  return adjusted;
}
