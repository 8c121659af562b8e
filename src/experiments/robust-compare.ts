// Lever verdicts that hold across an ensemble: baseline and variants run at every accepted parameter
// set with the same replication seeds (paired), then per variant and indicator the effect's spread
// over the ensemble, the share of sets where it is significantly + / − / neither, and the parameter
// that decides its size (standardised weighted regression of the effect on the parameters).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvRow } from '../io/csv.js';
import { ROBUST_SETS_FILE, ROBUST_SUMMARY_FILE, writeRunFile } from '../io/run-folder.js';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { evaluatePoints } from '../montecarlo/evaluate-points.js';
import { buildEnsembleEffectChart, writeChartFiles } from '../report/index.js';
import { readEnsemble } from '../results/ensemble-table.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { comparePaired, standardizedCoefficients, weightedQuantile } from '../stats/index.js';
import { withExecutor } from './design-run.js';
import { checkIndicators } from './design-spec.js';
import type { ExperimentOptions } from './experiment-options.js';

/** A verdict is robust when at least this weighted share of the ensemble agrees on it (see verdictOf). */
export const ROBUST_SHARE = 0.9;
/** charts/NAME.svg of the effects across the ensemble. */
const ROBUST_CHART = 'robust-effects';
/** Per set, a paired difference with two-sided p below this counts as significant. */
export const SIGNIFICANCE = 0.05;

export interface RobustCompareSpec {
  baseline: string;
  variants: readonly string[];
  /** posterior.csv of an ensemble calibration. */
  ensemble: string;
  /** Summary indicators (default: the design default: commercialisations, revenue, academia–industry links). */
  indicators?: string[];
  replications?: number;
  seed?: number;
  /** Folder name under outRoot (default robust-<baseline>). */
  name?: string;
}

export interface RobustVerdict {
  variant: string;
  indicator: string;
  /** Weighted quantiles of the paired mean difference (variant − baseline) across the ensemble. */
  median: number;
  p5: number;
  p95: number;
  /** Weighted median of the relative change (difference / |baseline mean|). */
  medianRelative: number;
  sharePositive: number;
  shareNegative: number;
  shareNotSignificant: number;
  /** The parameter with the largest |standardised coefficient| of the effect, and that coefficient. */
  decidingParameter: string;
  coefficient: number;
  /** 'robust positive' | 'robust negative' | 'robust: no detectable effect' | 'conditional on <path> (...)'. */
  verdict: string;
}

export interface RobustCompareResult {
  verdicts: RobustVerdict[];
  sets: number;
  replications: number;
  dir: string;
  setsFile: string;
  summaryFile: string;
  chart: string;
}

export async function robustCompare(spec: RobustCompareSpec, options: ExperimentOptions = {}): Promise<RobustCompareResult> {
  const indicators = checkIndicators(spec.indicators);
  const ensemble = readEnsemble(spec.ensemble);
  const loaded = [spec.baseline, ...spec.variants].map((file) => loadScenario(file));
  const base = loaded[0].scenario;
  const replications = spec.replications ?? base.replications;
  const masterSeed = spec.seed ?? base.seed;
  const points = ensemble.sets.map((s, i) => ({ runId: i, values: Object.fromEntries(ensemble.parameters.map((p, j) => [p, s.values[j]])) }));
  const total = loaded.length * points.length * replications;
  // Every scenario at every set with one master seed: replication r of set i is paired across scenarios.
  const results = await withExecutor(options.workers, replications, async (executor) => {
    const all = [];
    for (const [s, { scenario }] of loaded.entries()) {
      const file = [spec.baseline, ...spec.variants][s];
      const onProgress = (done: number) => options.onProgress?.(s * points.length * replications + done, total);
      all.push(await evaluatePoints(scenario, points, { replications, masterSeed, executor, file, onProgress }));
    }
    return all;
  });

  const weights = ensemble.sets.map((s) => s.weight);
  const setRows = [csvRow(['variant', 'indicator', 'set', 'weight', ...ensemble.parameters, 'baselineMean', 'variantMean', 'meanDiff', 'relativeChange', 'pValue', 'sign'])];
  const verdicts: RobustVerdict[] = [];
  for (let v = 1; v < loaded.length; v++) {
    const variant = loaded[v].scenario.name;
    for (const indicator of indicators) {
      const column = SUMMARY_COLUMNS.indexOf(indicator);
      const effects = points.map((_, i) => {
        const b = results[0][i].summaries.map((row) => row[column]);
        const x = results[v][i].summaries.map((row) => row[column]);
        const c = comparePaired(b, x);
        const significant = c.paired.pValue < SIGNIFICANCE;
        const sign = significant ? (c.paired.meanDiff > 0 ? 1 : -1) : 0;
        setRows.push(csvRow([variant, indicator, i, weights[i], ...ensemble.sets[i].values, c.baselineMean, c.variantMean, c.paired.meanDiff, c.relativeChange ?? NaN, c.paired.pValue, sign]));
        return { diff: c.paired.meanDiff, relative: c.relativeChange ?? NaN, sign };
      });
      verdicts.push(verdictOf(variant, indicator, effects, ensemble.parameters, ensemble.sets.map((s) => s.values), weights));
    }
  }

  const dir = join(options.outRoot ?? 'out', spec.name ?? `robust-${base.name}`);
  mkdirSync(dir, { recursive: true });
  const setsFile = writeRunFile(dir, ROBUST_SETS_FILE, setRows.join(''));
  const summary = [csvRow(['variant', 'indicator', 'median', 'p5', 'p95', 'medianRelative', 'sharePositive', 'shareNegative', 'shareNotSignificant', 'decidingParameter', 'standardizedCoefficient', 'verdict'])];
  for (const r of verdicts) summary.push(csvRow([r.variant, r.indicator, r.median, r.p5, r.p95, r.medianRelative, r.sharePositive, r.shareNegative, r.shareNotSignificant, r.decidingParameter, r.coefficient, r.verdict]));
  const summaryFile = writeRunFile(dir, ROBUST_SUMMARY_FILE, summary.join(''));
  const chartSpec = buildEnsembleEffectChart(verdicts, `${points.length} parameter sets x ${replications} paired replications; ${ROBUST_SHARE * 100}% agreement = robust`);
  const chart = await writeChartFiles(dir, ROBUST_CHART, chartSpec);
  return { verdicts, sets: points.length, replications, dir, setsFile, summaryFile, chart };
}

function verdictOf(
  variant: string, indicator: string, effects: { diff: number; relative: number; sign: number }[], parameters: string[], values: number[][], weights: number[],
): RobustVerdict {
  const share = (sign: number) => effects.reduce((s, e, i) => s + (e.sign === sign ? weights[i] : 0), 0);
  const diffs = effects.map((e) => e.diff);
  const beta = standardizedCoefficients(values, diffs, weights);
  let decider = 0;
  for (let j = 1; j < beta.length; j++) if (Math.abs(beta[j]) > Math.abs(beta[decider])) decider = j;
  const sharePositive = share(1);
  const shareNegative = share(-1);
  const shareNotSignificant = share(0);
  const p5 = weightedQuantile(diffs, weights, 0.05);
  const p95 = weightedQuantile(diffs, weights, 0.95);
  // The sign holds across the ensemble when 90% of it is significantly of that sign, or when the
  // effect's 5-95% range over the sets lies on one side of 0 (few replications per set can leave each
  // set short of significance while all of them agree).
  const verdict = sharePositive >= ROBUST_SHARE || p5 > 0 ? 'robust positive'
    : shareNegative >= ROBUST_SHARE || p95 < 0 ? 'robust negative'
    : shareNotSignificant >= ROBUST_SHARE ? 'robust: no detectable effect'
    : `conditional on ${parameters[decider]} (higher -> ${beta[decider] >= 0 ? 'larger' : 'smaller'} effect)`;
  const relative = effects.map((e) => e.relative);
  const relativeWeights = weights.map((w, i) => (Number.isFinite(relative[i]) ? w : 0));
  return {
    variant, indicator,
    median: weightedQuantile(diffs, weights, 0.5), p5, p95,
    medianRelative: weightedQuantile(relative, relativeWeights, 0.5),
    sharePositive, shareNegative, shareNotSignificant, decidingParameter: parameters[decider], coefficient: beta[decider], verdict,
  };
}
