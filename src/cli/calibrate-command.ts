// `clustersim calibrate <scenario> --targets <file> --param <path>=<lo>:<hi> ...`: simulated method
// of moments. The loss (weighted squared relative errors against the targets) is evaluated with the
// same replications and seeds at every point (common random numbers make it a deterministic,
// smooth-ish function of the parameters) and minimised by Nelder–Mead on the unit cube.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { writeFileAtomic } from '../io/atomic-file.js';
import { csvRow } from '../io/csv.js';
import { messages } from '../messages.js';
import { evaluatePoints, scenarioForPoint } from '../montecarlo/evaluate-points.js';
import type { PointResult } from '../results/design-tables.js';
import { calibratedScenarioYaml } from '../results/calibrated-scenario.js';
import { calibrationLoss, loadTargets, perReplicationValues, simulatedValue } from '../results/calibration-targets.js';
import { parseParamSpecs } from '../scenario/param-spec.js';
import { nelderMead, summarize, valueFromUnit } from '../stats/index.js';
import { designContext, designRanges, withDesignOptions, withExecutor, type DesignArgs } from './design-options.js';
import { positiveInteger } from './options.js';

export const CALIBRATION_FILE = 'calibration.csv';
export const TRACE_FILE = 'calibration-trace.csv';

export function calibrateBuilder<T>(y: Argv<T>) {
  return withDesignOptions(y)
    .option('targets', { type: 'string', demandOption: true, describe: 'targets file (YAML/JSON): values or ratios with weights' })
    .option('max-evaluations', { type: 'number', default: 40, describe: 'parameter points to try (each runs --replications)', coerce: positiveInteger('max-evaluations') })
    .example('$0 calibrate scenarios/programmes/knowledge-cluster.yaml --targets scenarios/targets/knowledge-cluster.yaml -p model.research.papersPerResearcherQuarter=0.01:0.1 -r 4', 'fit one parameter to the KCI ratios');
}

export interface CalibrateArgs extends DesignArgs {
  targets: string;
  maxEvaluations: number;
}

export async function calibrateCommand(args: CalibrateArgs): Promise<{ loss: number; values: Record<string, number> }> {
  const targets = loadTargets(args.targets);
  const ranges = designRanges(parseParamSpecs(args.param), 'calibrate');
  const context = designContext(args, 'calibrate');
  const { loaded, dir, progress } = context;
  const pointOf = (unit: number[]) => ({ runId: 0, values: Object.fromEntries(ranges.map((r, i) => [r.path, valueFromUnit(r, unit[i])])) });
  const evaluated = new Map<string, PointResult>();
  try {
    const search = await withExecutor(args, context.replications, async (executor) => {
      const run = async (unit: number[]) => {
        const point = pointOf(unit);
        const key = JSON.stringify(point.values);
        let result = evaluated.get(key);
        if (!result) {
          [result] = await evaluatePoints(loaded.scenario, [point], { replications: context.replications, masterSeed: context.masterSeed, executor, file: args.scenario });
          evaluated.set(key, result);
        }
        progress.update(evaluated.size, args.maxEvaluations);
        return calibrationLoss(targets, result.summaries);
      };
      return nelderMead(ranges.length, run, { maxEvaluations: args.maxEvaluations });
    });
    progress.stop();
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
    writeFileAtomic(join(dir, CALIBRATION_FILE), fit.join(''));
    writeFileAtomic(
      join(dir, TRACE_FILE),
      [csvRow(['evaluation', ...ranges.map((r) => r.path), 'loss']), ...search.trace.map((t, i) => csvRow([i, ...ranges.map((r, j) => valueFromUnit(r, t.point[j])), t.value]))].join(''),
    );
    const fitted = scenarioForPoint(loaded.scenario, best, args.scenario);
    const scenarioFile = join(dir, `${loaded.scenario.name}.calibrated.yaml`);
    const comment = `Calibrated by clustersim calibrate against ${args.targets}\n(${search.evaluations} evaluations x ${context.replications} replications, master seed ${context.masterSeed}; loss ${search.value.toPrecision(4)}).`;
    writeFileSync(scenarioFile, calibratedScenarioYaml(args.scenario, scenarioFile, fitted, ranges.map((r) => r.path), comment));
    console.log(messages.calibrated(search.value, join(dir, CALIBRATION_FILE), scenarioFile));
    return { loss: search.value, values: best.values };
  } finally {
    progress.stop();
  }
}
