// Choosing what to calibrate: Morris elementary effects of candidate parameters on the calibration's
// own measures (the ABC distance to a targets table and each target's scaled error), on the same
// design `sensitivity --method morris` builds, so the ranking is documented rather than chosen by hand.
import { SCREENING_FILE, writeRunFile } from '../io/run-folder.js';
import type { ReportData } from '../report/index.js';
import { loadTargets } from '../results/calibration-targets.js';
import type { PointResult } from '../results/design-tables.js';
import { sensitivityReportData } from '../results/report-data-from-runs.js';
import { sensitivityCsv } from '../results/sensitivity-table.js';
import { abcDistance, scaledError } from '../results/target-distance.js';
import { morrisAnalyze, type MorrisDesign, type MorrisIndex } from '../stats/index.js';
import { designContext, evaluateDesign, type DesignBase } from './design-run.js';
import { buildDesign, DEFAULT_TRAJECTORIES } from './design-spec.js';
import type { DesignOptions } from './experiment-options.js';

/** A candidate whose μ* on the distance is below this share of the largest barely moves the fit. */
export const NEGLIGIBLE_SHARE = 0.05;
/** The output name of the distance in screening.csv (targets are `target:<name>`). */
export const DISTANCE_OUTPUT = 'distance';

export interface ScreenSpec extends DesignBase {
  targets: string;
  /** Morris trajectories r (points r(k + 1)). */
  trajectories?: number;
}

export interface ScreenedParameter {
  path: string;
  /** Morris indices on the distance. */
  distance: MorrisIndex;
  /** Targets ordered by this parameter's μ* on their scaled error, largest first. */
  movesMost: { target: string; muStar: number }[];
  negligible: boolean;
}

export interface ScreenResult {
  /** Candidates by μ* on the distance, largest first. */
  ranking: ScreenedParameter[];
  points: number;
  replications: number;
  dir: string;
  /** screening.csv, in sensitivity.csv's columns (indicator = `distance` or `target:<name>`). */
  file: string;
  /** The committee report's records: the Morris chart of `sensitivity`, one panel per output. */
  reportData: ReportData;
}

export async function screenParameters(spec: ScreenSpec, options: DesignOptions = {}): Promise<ScreenResult> {
  const targets = loadTargets(spec.targets);
  const context = designContext(spec, 'screen', options);
  const trajectories = spec.trajectories ?? DEFAULT_TRAJECTORIES;
  // The very design `sensitivity --method morris` would run with these ranges, seed and trajectories.
  const design = buildDesign({
    command: 'sensitivity', param: spec.param, method: 'morris', trajectories, samples: 0, indicators: [], replications: context.replications, masterSeed: context.masterSeed,
  }) as MorrisDesign;
  const results = await evaluateDesign(context, design.points, options);
  const outputs: [string, (r: PointResult) => number][] = [
    [DISTANCE_OUTPUT, (r) => abcDistance(targets, r.summaries)],
    ...targets.map((t): [string, (r: PointResult) => number] => [`target:${t.name}`, (r) => scaledError(t, r.summaries)]),
  ];
  const rows = outputs.flatMap(([name, of]) => morrisAnalyze(design, results.map(of)).map((index) => ({ method: 'morris' as const, indicator: name, index })));
  const file = writeRunFile(context.dir, SCREENING_FILE, sensitivityCsv(rows));
  const onDistance = rows.filter((r) => r.indicator === DISTANCE_OUTPUT).map((r) => r.index);
  const largest = Math.max(...onDistance.map((i) => i.muStar));
  const ranking = onDistance
    .map((distance) => ({
      path: distance.path,
      distance,
      movesMost: rows
        .filter((r) => r.indicator !== DISTANCE_OUTPUT && r.index.path === distance.path)
        .map((r) => ({ target: r.indicator.slice('target:'.length), muStar: r.index.muStar }))
        .sort((a, b) => b.muStar - a.muStar),
      negligible: !(distance.muStar >= NEGLIGIBLE_SHARE * largest),
    }))
    .sort((a, b) => a.distance.rank - b.distance.rank);
  const reportData = sensitivityReportData(context.loaded.scenario.name, context.masterSeed, context.replications, rows);
  return { ranking, points: design.points.length, replications: context.replications, dir: context.dir, file, reportData };
}
