// Calibration that returns an ensemble rather than one point: ABC-SMC or history matching over the
// `-p path=lo:hi` ranges (uniform prior), every parameter set run on the worker pool with the same
// replication seeds (common random numbers). Writes posterior.csv, the fit of every target with its
// spread, the equifinality note, the waves, and marginal and pairwise charts.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { csvRow } from '../io/csv.js';
import {
  CALIBRATION_WAVES_FILE, CHARTS_DIR, calibratedScenarioFile, EQUIFINALITY_FILE, POSTERIOR_FILE, POSTERIOR_FIT_FILE, writeRunFile,
} from '../io/run-folder.js';
import { evaluatePoints, scenarioForPoint } from '../montecarlo/evaluate-points.js';
import { buildPosteriorMarginalsChart, buildPosteriorPairsChart, writeChartFiles, type PosteriorChartInput } from '../report/index.js';
import { calibratedScenarioYaml } from '../results/calibrated-scenario.js';
import { loadTargets, simulatedValue, type CalibrationTarget } from '../results/calibration-targets.js';
import type { PointResult } from '../results/design-tables.js';
import { abcDistance, implausibility, maxImplausibility } from '../results/target-distance.js';
import { targetFit, targetFitCsv, type TargetFit } from '../results/target-fit.js';
import { RandomStream, replicationSeed } from '../rng/index.js';
import { parseParamSpecs } from '../scenario/param-spec.js';
import {
  abcSmc, equifinality, historyMatching, valueFromUnit, type Equifinality, type ParameterRange,
} from '../stats/index.js';
import { inDesignFolder, withExecutor, withJournal, type DesignBase, type DesignContext } from './design-run.js';
import type { EvaluationJournal } from '../montecarlo/evaluation-journal.js';
import { WHOLE } from '../montecarlo/shard.js';
import { designRanges } from './design-spec.js';
import type { DesignOptions } from './experiment-options.js';

export type { TargetFit };

export const DEFAULT_POPULATION = 40;
export const DEFAULT_GENERATIONS = 4;
export const DEFAULT_POINTS_PER_WAVE = 60;
export const DEFAULT_WAVES = 3;

export interface EnsembleCalibrateSpec extends DesignBase {
  method: 'abc' | 'history-matching';
  targets: string;
  /** A second targets table, evaluated on the ensemble but never used to fit it. */
  holdout?: string;
  /** ABC: particles per population. */
  population?: number;
  /** ABC: generations after the prior draw. */
  generations?: number;
  /** History matching: points per wave. */
  pointsPerWave?: number;
  waves?: number;
  /** History matching: implausibility cut-off (default 3). */
  cutoff?: number;
}

export interface EnsembleSet {
  values: number[];
  unit: number[];
  weight: number;
  /** ABC distance or largest implausibility. */
  score: number;
  result: PointResult;
}

export interface EnsembleCalibrateResult {
  method: EnsembleCalibrateSpec['method'];
  ranges: ParameterRange[];
  sets: EnsembleSet[];
  fit: TargetFit[];
  equifinality: Equifinality;
  /** Parameter sets simulated in all (each × replications). */
  evaluations: number;
  replications: number;
  /** ABC: the final tolerance; history matching: the cut-off. */
  threshold: number;
  /** ABC stopped before its last generation / history matching found nothing non-implausible. */
  incomplete: boolean;
  dir: string;
  posteriorFile: string;
  fitFile: string;
  equifinalityFile: string;
  charts: string[];
  /** History matching with no accepted set: the closest set's largest implausibility and the target it came from. */
  closest?: { implausibility: number; target: string };
  /** The accepted set with the best score, as a scenario extending the original (none if no set). */
  scenarioFile?: string;
}

export function calibrateEnsemble(spec: EnsembleCalibrateSpec, options: DesignOptions = {}): Promise<EnsembleCalibrateResult> {
  const targets = loadTargets(spec.targets);
  const holdout = spec.holdout ? loadTargets(spec.holdout) : [];
  const ranges = designRanges(parseParamSpecs(spec.param), 'calibrate');
  const sizes = spec.method === 'abc'
    ? { population: spec.population ?? DEFAULT_POPULATION, generations: spec.generations ?? DEFAULT_GENERATIONS }
    : { pointsPerWave: spec.pointsPerWave ?? DEFAULT_POINTS_PER_WAVE, waves: spec.waves ?? DEFAULT_WAVES, cutoff: spec.cutoff };
  const design = { method: spec.method, param: spec.param, targets: spec.targets, ...sizes };
  // Held under the folder's lock, with the evaluation journal that lets an interrupted calibration resume.
  return inDesignFolder(spec, 'calibrate', options, WHOLE, (context) =>
    withJournal(context, 'calibrate', design, options, (journal) => calibrateIn(context, journal, spec, targets, holdout, ranges, options)));
}

async function calibrateIn(
  context: DesignContext, journal: EvaluationJournal, spec: EnsembleCalibrateSpec, targets: CalibrationTarget[], holdout: CalibrationTarget[], ranges: ParameterRange[], options: DesignOptions,
): Promise<EnsembleCalibrateResult> {
  const { loaded, dir } = context;
  // The algorithm's own draws come from a stream of the master seed, like a design's.
  const stream = RandomStream.derive(replicationSeed(context.masterSeed, 0), `calibrate:${spec.method}`);
  const evaluated: PointResult[] = [];
  const waves: string[] = [];
  const budget = spec.method === 'abc'
    ? (spec.population ?? DEFAULT_POPULATION) * (1 + 3 * (spec.generations ?? DEFAULT_GENERATIONS))
    : (spec.pointsPerWave ?? DEFAULT_POINTS_PER_WAVE) * (spec.waves ?? DEFAULT_WAVES);

  const outcome = await withExecutor(options.workers, context.replications, async (executor) => {
    const run = async (units: number[][]) => {
      const points = units.map((unit, i) => ({ runId: evaluated.length + i, values: Object.fromEntries(ranges.map((r, d) => [r.path, valueFromUnit(r, unit[d])])) }));
      const results = await evaluatePoints(loaded.scenario, points, {
        replications: context.replications, masterSeed: context.masterSeed, executor, file: spec.scenario, journal, signal: options.signal,
      });
      evaluated.push(...results);
      options.onProgress?.(evaluated.length, Math.max(budget, evaluated.length));
      return results;
    };
    if (spec.method === 'abc') {
      waves.push(csvRow(['generation', 'tolerance', 'proposed', 'accepted']));
      const abc = await abcSmc(ranges.length, async (units) => (await run(units)).map((r) => abcDistance(targets, r.summaries)), {
        population: spec.population ?? DEFAULT_POPULATION,
        generations: spec.generations ?? DEFAULT_GENERATIONS,
        stream,
        onGeneration: (g) => waves.push(csvRow([g.generation, g.tolerance, g.proposed, g.accepted])),
      });
      return {
        members: abc.particles.map((p) => ({ unit: p.unit, weight: p.weight, score: p.distance, evaluation: p.evaluation })),
        threshold: abc.tolerance,
        incomplete: abc.stoppedShort,
        evaluations: abc.evaluations,
      };
    }
    waves.push(csvRow(['wave', 'boxVolume', 'evaluated', 'nonImplausible']));
    const hm = await historyMatching(ranges.length, async (units) => (await run(units)).map((r) => maxImplausibility(targets, r.summaries)), {
      pointsPerWave: spec.pointsPerWave ?? DEFAULT_POINTS_PER_WAVE,
      waves: spec.waves ?? DEFAULT_WAVES,
      cutoff: spec.cutoff,
      stream,
      onWave: (w) => waves.push(csvRow([w.wave, w.box.reduce((v, [lo, hi]) => v * (hi - lo), 1), w.evaluated, w.nonImplausible])),
    });
    return {
      members: hm.points.map((p) => ({ unit: p.unit, weight: 1 / hm.points.length, score: p.implausibility, evaluation: p.evaluation })),
      threshold: hm.cutoff,
      incomplete: hm.points.length === 0,
      evaluations: hm.evaluations,
      closest: hm.points.length === 0 ? hm.closest : undefined,
    };
  });

  let closest: EnsembleCalibrateResult['closest'];
  if ('closest' in outcome && outcome.closest) {
    const summaries = evaluated[outcome.closest.evaluation].summaries;
    const worst = targets.reduce((a, b) => (implausibility(b, summaries) > implausibility(a, summaries) ? b : a));
    closest = { implausibility: outcome.closest.implausibility, target: worst.name };
  }
  const sets: EnsembleSet[] = outcome.members.map((m) => ({
    unit: m.unit,
    values: ranges.map((r, d) => valueFromUnit(r, m.unit[d])),
    weight: m.weight,
    score: m.score,
    result: evaluated[m.evaluation],
  }));
  const weights = sets.map((s) => s.weight);
  const summaries = sets.map((s) => s.result.summaries);
  const fit = [...targets.map((t) => targetFit(t, 'fit', summaries, weights)), ...holdout.map((t) => targetFit(t, 'holdout', summaries, weights))];
  const identification = equifinality(sets.map((s) => s.unit), weights, ranges.length);

  const scoreName = spec.method === 'abc' ? 'distance' : 'implausibility';
  const posterior = [csvRow(['set', 'weight', ...ranges.map((r) => r.path), scoreName, ...targets.map((t) => t.name), ...holdout.map((t) => `holdout:${t.name}`)])];
  sets.forEach((s, i) => posterior.push(csvRow([i, s.weight, ...s.values, s.score, ...[...targets, ...holdout].map((t) => simulatedValue(t, s.result.summaries))])));
  const posteriorFile = writeRunFile(dir, POSTERIOR_FILE, posterior.join(''));
  const fitFile = writeRunFile(dir, POSTERIOR_FIT_FILE, targetFitCsv(fit));
  const equifinalityFile = writeRunFile(dir, EQUIFINALITY_FILE, equifinalityCsv(ranges, identification));
  writeRunFile(dir, CALIBRATION_WAVES_FILE, waves.join(''));
  const methodName = spec.method === 'abc' ? 'ABC-SMC' : 'history matching';
  // Without an accepted set there is nothing to chart or to extend; an earlier run's must not remain.
  for (const name of CHART_FILES) rmSync(join(dir, CHARTS_DIR, name), { force: true });
  rmSync(join(dir, calibratedScenarioFile(loaded.scenario.name)), { force: true });
  const charts = sets.length > 0
    ? await writeCharts(dir, { parameters: ranges, sets, subtitle: `${methodName}: ${sets.length} accepted sets, ${outcome.evaluations} simulated x ${context.replications} replications` })
    : [];

  let scenarioFile: string | undefined;
  if (sets.length > 0) {
    const best = sets.reduce((a, b) => (b.score < a.score ? b : a));
    const fitted = scenarioForPoint(loaded.scenario, { runId: 0, values: Object.fromEntries(ranges.map((r, d) => [r.path, best.values[d]])) }, spec.scenario);
    scenarioFile = join(dir, calibratedScenarioFile(loaded.scenario.name));
    const comment = `The best-scoring accepted set of clustersim calibrate --method ${spec.method} against ${spec.targets}\n(${scoreName} ${best.score.toPrecision(4)}; the whole ensemble is in ${POSTERIOR_FILE}).`;
    writeRunFile(dir, calibratedScenarioFile(loaded.scenario.name), calibratedScenarioYaml(spec.scenario, scenarioFile, fitted, ranges.map((r) => r.path), comment));
  }
  return {
    method: spec.method, ranges, sets, fit, equifinality: identification, evaluations: outcome.evaluations, replications: context.replications,
    threshold: outcome.threshold, incomplete: outcome.incomplete, closest, dir, posteriorFile, fitFile, equifinalityFile, charts, scenarioFile,
  };
}

function equifinalityCsv(ranges: ParameterRange[], e: Equifinality): string {
  const rows = [csvRow(['parameter', 'lo', 'hi', 'p5', 'median', 'p95', 'widthRatio', 'verdict', 'strongCorrelations'])];
  for (const p of e.parameters) {
    const r = ranges[p.index];
    const partners = e.pairs.filter((x) => x.a === p.index || x.b === p.index).map((x) => `${ranges[x.a === p.index ? x.b : x.a].path} ${x.correlation.toFixed(2)}`);
    rows.push(csvRow([r.path, r.lo, r.hi, valueFromUnit(r, p.p5), valueFromUnit(r, p.median), valueFromUnit(r, p.p95), p.widthRatio, p.verdict, partners.join('; ')]));
  }
  return rows.join('');
}

const POSTERIOR_CHARTS = ['posterior-marginals', 'posterior-pairs'] as const;
const CHART_FILES = POSTERIOR_CHARTS.flatMap((name) => [`${name}.vl.json`, `${name}.svg`]);

async function writeCharts(dir: string, input: PosteriorChartInput): Promise<string[]> {
  return [
    await writeChartFiles(dir, POSTERIOR_CHARTS[0], buildPosteriorMarginalsChart(input)),
    await writeChartFiles(dir, POSTERIOR_CHARTS[1], buildPosteriorPairsChart(input)),
  ];
}
