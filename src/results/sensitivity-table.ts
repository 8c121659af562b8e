// sensitivity.csv: Morris (mu, mu*, sigma, CI of mu*) or Sobol (S1, ST with CIs) per output indicator
// and parameter, one row each.
import { csvRow } from '../io/csv.js';
import type { MorrisIndex, SobolIndex } from '../stats/index.js';

export const SENSITIVITY_COLUMNS = [
  'method', 'indicator', 'parameter', 'mu', 'muStar', 'muStarLow', 'muStarHigh', 'sigma', 'rank',
  's1', 's1Low', 's1High', 'st', 'stLow', 'stHigh',
] as const;

export type SensitivityRow =
  | { method: 'morris'; indicator: string; index: MorrisIndex }
  | { method: 'sobol'; indicator: string; index: SobolIndex };

export function sensitivityCsv(rows: SensitivityRow[]): string {
  const lines = [csvRow(SENSITIVITY_COLUMNS)];
  for (const row of rows) {
    if (row.method === 'morris') {
      const m = row.index;
      lines.push(csvRow(['morris', row.indicator, m.path, m.mu, m.muStar, m.muStarCiLow, m.muStarCiHigh, m.sigma, m.rank, NaN, NaN, NaN, NaN, NaN, NaN]));
    } else {
      const s = row.index;
      lines.push(csvRow(['sobol', row.indicator, s.path, NaN, NaN, NaN, NaN, NaN, NaN, s.firstOrder, s.firstOrderCiLow, s.firstOrderCiHigh, s.totalOrder, s.totalOrderCiLow, s.totalOrderCiHigh]));
    }
  }
  return lines.join('');
}
