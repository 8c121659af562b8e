// The support verdicts as the README and a committee read them: a markdown table with one row per
// variant and one column per indicator, and the same rows as CSV for further analysis.
import { csvRow } from '../io/csv.js';
import type { ComparisonRow } from './paired-summaries.js';

export type Verdict = 'up' | 'down' | 'none';

/** A variant's paired difference from its baseline on one indicator, with its verdict at all and at half the replications. */
export interface SupportVerdict
  extends Pick<ComparisonRow, 'baseline' | 'variant' | 'indicator' | 'n' | 'baselineMean' | 'variantMean' | 'meanDiff' | 'ciLow' | 'ciHigh' | 'relativeChange'> {
  verdict: Verdict;
  /** The verdict from the first half of the replications. */
  verdictAtHalf: Verdict;
}

const percent = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(0)}%`;

/** "+39% [+30%, +48%] ▲", "no difference (+2% [−3%, +7%])"; a dagger where half the replications disagreed. */
function cell(v: SupportVerdict): string {
  const scale = Math.abs(v.baselineMean);
  const text =
    scale > 0
      ? `${percent(v.meanDiff / scale)} [${percent(v.ciLow / scale)}, ${percent(v.ciHigh / scale)}]`
      : `${v.meanDiff.toPrecision(3)} [${v.ciLow.toPrecision(3)}, ${v.ciHigh.toPrecision(3)}]`;
  const shown = v.verdict === 'up' ? `${text} ▲` : v.verdict === 'down' ? `${text} ▼` : `no difference (${text})`;
  return v.verdictAtHalf === v.verdict ? shown : `${shown} †`;
}

export function supportVerdictMarkdown(verdicts: readonly SupportVerdict[]): string {
  const indicators = [...new Set(verdicts.map((v) => v.indicator))];
  const pairs = [...new Set(verdicts.map((v) => `${v.baseline}\u0000${v.variant}`))];
  const lines = [
    `| baseline | variant | ${indicators.join(' | ')} |`,
    `|---|---|${indicators.map(() => '---').join('|')}|`,
  ];
  for (const pair of pairs) {
    const [baseline, variant] = pair.split('\u0000');
    const row = indicators.map((indicator) => {
      const v = verdicts.find((x) => x.baseline === baseline && x.variant === variant && x.indicator === indicator);
      return v ? cell(v) : '';
    });
    lines.push(`| ${baseline} | ${variant} | ${row.join(' | ')} |`);
  }
  const n = verdicts[0]?.n ?? 0;
  lines.push(
    '',
    `Paired difference of the variant from its baseline, relative to the baseline mean, with the paired 95% interval, over ${n} replications ` +
      `(common random numbers). ▲/▼: the interval excludes zero. † : the first ${Math.floor(n / 2)} replications gave another verdict, so this one is not yet stable.`,
  );
  return lines.join('\n') + '\n';
}

const COLUMNS = ['baseline', 'variant', 'indicator', 'n', 'baselineMean', 'variantMean', 'meanDiff', 'ciLow', 'ciHigh', 'relativeChange', 'verdict', 'verdictAtHalf'] as const;

export function supportVerdictCsv(verdicts: readonly SupportVerdict[]): string {
  return [csvRow(COLUMNS), ...verdicts.map((v) => csvRow(COLUMNS.map((c) => v[c] ?? NaN)))].join('');
}

/** What the ensemble table needs of a verdict across a calibrated ensemble. */
export interface EnsembleVerdictCell {
  baseline: string;
  variant: string;
  indicator: string;
  /** Weighted median of the relative change over the ensemble's sets. */
  medianRelative: number;
  verdict: string;
}

/** The ensemble's table: per variant and indicator, the median relative effect and robust/conditional. */
export function ensembleVerdictMarkdown(verdicts: readonly EnsembleVerdictCell[], sets: number, replications: number): string {
  const indicators = [...new Set(verdicts.map((v) => v.indicator))];
  const pairs = [...new Set(verdicts.map((v) => `${v.baseline}\u0000${v.variant}`))];
  const lines = [`| baseline | variant | ${indicators.join(' | ')} |`, `|---|---|${indicators.map(() => '---').join('|')}|`];
  for (const pair of pairs) {
    const [baseline, variant] = pair.split('\u0000');
    const row = indicators.map((indicator) => {
      const v = verdicts.find((x) => x.baseline === baseline && x.variant === variant && x.indicator === indicator);
      if (!v) return '';
      return Number.isFinite(v.medianRelative) ? `${percent(v.medianRelative)} · ${v.verdict}` : v.verdict;
    });
    lines.push(`| ${baseline} | ${variant} | ${row.join(' | ')} |`);
  }
  lines.push(
    '',
    `Median relative effect over ${sets} parameter sets of the ensemble (weighted), ${replications} paired replications per set; ` +
      '"robust" when 90% of the ensemble\'s weight agrees (or its 5–95% range lies on one side of zero), else "conditional on" the parameter that decides the effect\'s size.',
  );
  return lines.join('\n') + '\n';
}
