// Calibration by simulated method of moments. The loss (weighted squared relative errors against the
// targets) is evaluated with the same replications and seeds at every point (common random numbers
// make it a deterministic, smooth-ish function of the parameters) and minimised by Nelder–Mead on
// the unit cube. Writes calibration.csv, calibration-trace.csv and the fitted scenario file (and
// holdout-fit.csv when a holdout table is given).
import { join } from 'node:path';
import { csvRow } from '../io/csv.js';
import { CALIBRATION_FILE, CALIBRATION_TRACE_FILE, calibratedScenarioFile, HOLDOUT_FIT_FILE, writeRunFile } from '../io/run-folder.js';
import { evaluatePoints, scenarioForPoint } from '../montecarlo/evaluate-points.js';
import { calibratedScenarioYaml } from '../results/calibrated-scenario.js';
import { calibrationLoss, loadTargets, perReplicationValues, simulatedValue } from '../results/calibration-targets.js';
import type { PointResult } from '../results/design-tables.js';
import { targetFit, targetFitCsv, type TargetFit } from '../results/target-fit.js';
import { parseParamSpecs } from '../scenario/param-spec.js';
import { nelderMead, summarize, valueFromUnit } from '../stats/index.js';
import { inDesignFolder, withExecutor, withJournal, type DesignBase } from './design-run.js';
import { WHOLE } from '../montecarlo/shard.js';
import { designRanges } from './design-spec.js';
import type { DesignOptions } from './experiment-options.js';

export const DEFAULT_MAX_EVALUATIONS = 40;

export interface CalibrateSpec extends DesignBase {
  /** Targets file (YAML/JSON): values or ratios with weights. */
  targets: string;
  /** Parameter points to try, each running `replications` (default DEFAULT_MAX_EVALUATIONS). */
  maxEvaluations?: number;
  /** A second targets table, reported at the fitted point (holdout-fit.csv) but never used to fit. */
  holdout?: string;
}

export interface CalibrateResult {
  /** The loss at the best point. */
  loss: number;
  /** The best point's parameter values, by path. */
  values: Record<string, number>;
  evaluations: number;
  replications: number;
  masterSeed: number;
  dir: string;
  /** calibration.csv: the fit target by target, the loss and the parameters. */
  file: string;
  /** calibration-trace.csv: every evaluation's point and loss. */
  traceFile: string;
  /** The fitted scenario: `extends` the original and sets only the fitted parameters. */
  scenarioFile: string;
  /** The holdout table's fit at the fitted point (with `holdout`), and its file. */
  holdout?: { fit: TargetFit[]; file: string };
}

/** Progress counts evaluations of `maxEvaluations`. */
export async function calibrate(spec: CalibrateSpec, options: DesignOptions = {}): Promise<CalibrateResult> {
  const targets = loadTargets(spec.targets);
  const holdoutTargets = spec.holdout ? loadTargets(spec.holdout) : undefined;
  const maxEvaluations = spec.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS;
  const ranges = designRanges(parseParamSpecs(spec.param), 'calibrate');
  return inDesignFolder(spec, 'calibrate', options, WHOLE, async (context) => {
    const { loaded, dir } = context;
    const pointOf = (unit: number[]) => ({ runId: 0, values: Object.fromEntries(ranges.map((r, i) => [r.path, valueFromUnit(r, unit[i])])) });
    const evaluated = new Map<string, PointResult>();
    const design = { method: 'nelder-mead', param: spec.param, targets: spec.targets, maxEvaluations };
    return withJournal(context, 'calibrate', design, options, async (journal) => {
    const search = await withExecutor(options.workers, context.replications, async (executor) => {
      const run = async (unit: number[]) => {
        const point = pointOf(unit);
        const key = JSON.stringify(point.values);
        let result = evaluated.get(key);
        if (!result) {
          [result] = await evaluatePoints(loaded.scenario, [point], {
            replications: context.replications, masterSeed: context.masterSeed, executor, file: spec.scenario, journal, signal: options.signal,
          });
          evaluated.set(key, result);
        }
        options.onProgress?.(evaluated.size, maxEvaluations);
        return calibrationLoss(targets, result.summaries);
      };
      return nelderMead(ranges.length, run, { maxEvaluations });
  });
  const best = pointOf(search.best);
  const bestResult = evaluated.get(JSON.stringify(best.values))!;

  const fit = [csvRow(['target', 'value', 'simulated', 'relativeError', 'weight', 'replicationMean', 'replicationSd', 'ciLow', 'ciHigh'])];
  for (const target of targets) {
    const simulated = simulatedValue(target, bestResult.summaries);
    const spread = summarize(perReplicationValues(target, bestResult.summaries).filter(Number.isFinite));
    fit.push(csvRow([target.name, target.value, simulated, simulated / target.value - 1, target.weight, spread.mean, spread.sd, spread.ciLow, spread.ciHigh]));
  }
  fit.push(csvRow(['(loss)', 0, search.value, NaN, NaN, NaN, NaN, NaN, NaN]));
  for (const r of ranges) fit.push(csvRow([`parameter:${r.path}`, NaN, best.values[r.path], NaN, NaN, r.lo, r.hi, NaN, NaN]));
  const file = writeRunFile(dir, CALIBRATION_FILE, fit.join(''));
  const traceFile = writeRunFile(
    dir,
    CALIBRATION_TRACE_FILE,
    [csvRow(['evaluation', ...ranges.map((r) => r.path), 'loss']), ...search.trace.map((t, i) => csvRow([i, ...ranges.map((r, j) => valueFromUnit(r, t.point[j])), t.value]))].join(''),
  );
  const fitted = scenarioForPoint(loaded.scenario, best, spec.scenario);
  const scenarioFile = join(dir, calibratedScenarioFile(loaded.scenario.name));
  const comment = `Calibrated by clustersim calibrate against ${spec.targets}\n(${search.evaluations} evaluations x ${context.replications} replications, master seed ${context.masterSeed}; loss ${search.value.toPrecision(4)}).`;
  writeRunFile(dir, calibratedScenarioFile(loaded.scenario.name), calibratedScenarioYaml(spec.scenario, scenarioFile, fitted, ranges.map((r) => r.path), comment));
  let holdout: CalibrateResult['holdout'];
  if (holdoutTargets) {
    const fit = holdoutTargets.map((t) => targetFit(t, 'holdout', [bestResult.summaries], [1]));
    holdout = { fit, file: writeRunFile(dir, HOLDOUT_FIT_FILE, targetFitCsv(fit)) };
  }
  return {
    holdout,
    loss: search.value,
    values: best.values,
    evaluations: search.evaluations,
    replications: context.replications,
    masterSeed: context.masterSeed,
    dir,
    file,
    traceFile,
    scenarioFile,
  };
    });
  });
}
