// comparison.csv and the readable table `clustersim compare` prints: the paired difference with its
// 95% CI, relative change, Holm-adjusted p, and how much narrower pairing made the interval.
import { csvRow, formatNumber } from '../io/csv.js';
import { formatPValue } from '../report/number-format.js';
import { COMPARISON_COLUMNS, type ComparisonRow } from './compare-runs.js';

/** Indicators shown on stdout (comparison.csv has every summary column). */
export const HEADLINE_INDICATORS = [
  'commercializations', 'startups', 'revenueJpyM', 'patentsDomestic', 'papersOverseas', 'linksAcademiaIndustry',
  'linksCrossRegion', 'activeProjects', 'largestComponentShare', 'publicSpendJpyM', 'sustainability', 'leverage',
];

export function comparisonCsv(rows: ComparisonRow[]): string {
  return [csvRow(COMPARISON_COLUMNS), ...rows.map((r) => csvRow(COMPARISON_COLUMNS.map((c) => r[c] ?? NaN)))].join('');
}

function significant(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '-' : formatNumber(x);
  return Math.abs(x) >= 1000 ? x.toFixed(0) : String(Number(x.toPrecision(digits)));
}

/** Unpaired over paired CI width; '-' when the paired interval has no width (identical in every replication). */
function widthRatio(r: ComparisonRow): string {
  const ratio = (r.welchCiHigh - r.welchCiLow) / (r.ciHigh - r.ciLow);
  return Number.isFinite(ratio) ? significant(ratio, 2) : '-';
}

export function comparisonTable(rows: ComparisonRow[], indicators: readonly string[] = HEADLINE_INDICATORS): string {
  const header = ['variant', 'indicator', 'baseline', 'variant', 'difference [95% CI]', 'change', 'p (Holm)', 'CI width unpaired/paired'];
  const body = rows
    .filter((r) => indicators.includes(r.indicator))
    .map((r) => [
      r.variant,
      r.indicator,
      significant(r.baselineMean),
      significant(r.variantMean),
      `${significant(r.meanDiff)} [${significant(r.ciLow)}, ${significant(r.ciHigh)}]`,
      r.relativeChange === null ? '-' : `${r.relativeChange >= 0 ? '+' : ''}${(100 * r.relativeChange).toFixed(1)}%`,
      Number.isFinite(r.pAdjusted) ? formatPValue(r.pAdjusted).replace('< ', '<') : '-',
      widthRatio(r),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
