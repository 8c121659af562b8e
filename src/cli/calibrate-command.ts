// `clustersim calibrate <scenario> --targets <file> --param <path>=<lo>:<hi> ...`: simulated method
// of moments (Nelder–Mead, one point), or an ensemble by ABC-SMC or history matching; every parameter
// set runs the same replications and seeds.
import { calibrate, DEFAULT_MAX_EVALUATIONS } from '../experiments/calibrate.js';
import {
  calibrateEnsemble, DEFAULT_GENERATIONS, DEFAULT_POINTS_PER_WAVE, DEFAULT_POPULATION, DEFAULT_WAVES, type EnsembleCalibrateResult,
} from '../experiments/calibrate-ensemble.js';
import { InputError, messages } from '../messages.js';
import { DEFAULT_IMPLAUSIBILITY_CUTOFF } from '../stats/index.js';
import { defineCommand, type CliContext } from './command-module.js';
import { designBase, withDesignOptions, withDesignResumeOptions, withResumableDesign } from './design-options.js';
import { requiredPositiveInteger } from './options.js';

export function calibrateCommand(context: CliContext) {
  return defineCommand(
    'calibrate <scenario>',
    'Fit parameters to a targets table: one point (Nelder–Mead) or an ensemble (ABC-SMC, history matching)',
    (y) =>
      withDesignResumeOptions(withDesignOptions(y))
        .option('targets', { type: 'string', demandOption: true, describe: 'targets file (YAML/JSON): values or ratios with weights and tolerances' })
        .option('method', { type: 'string', choices: ['nelder-mead', 'abc', 'history-matching'] as const, default: 'nelder-mead' as const, describe: 'one best point, or an ensemble of plausible parameter sets' })
        .option('max-evaluations', { type: 'string', default: DEFAULT_MAX_EVALUATIONS, describe: 'nelder-mead: parameter points to try (each runs --replications)', coerce: requiredPositiveInteger('max-evaluations') })
        .option('population', { type: 'string', default: DEFAULT_POPULATION, describe: 'abc: parameter sets per population', coerce: requiredPositiveInteger('population') })
        .option('generations', { type: 'string', default: DEFAULT_GENERATIONS, describe: 'abc: generations after the prior draw (each accepts within the median distance of the last)', coerce: requiredPositiveInteger('generations') })
        .option('points-per-wave', { type: 'string', default: DEFAULT_POINTS_PER_WAVE, describe: 'history-matching: parameter sets per wave', coerce: requiredPositiveInteger('points-per-wave') })
        .option('waves', { type: 'string', default: DEFAULT_WAVES, describe: 'history-matching: waves', coerce: requiredPositiveInteger('waves') })
        .option('cutoff', { type: 'string', default: DEFAULT_IMPLAUSIBILITY_CUTOFF, describe: 'history-matching: implausibility cut-off', coerce: positiveCutoff })
        .option('holdout', { type: 'string', describe: 'a second targets file: its fit is reported (on the ensemble, or at the fitted point) but it is never used to fit' })
        .example('$0 calibrate scenarios/programmes/knowledge-cluster.yaml --targets scenarios/targets/knowledge-cluster.yaml -p model.research.papersPerResearcherQuarter=0.01:0.1 -r 4', 'fit one parameter to the KCI ratios')
        .example('$0 calibrate scenarios/baseline.yaml --method abc --targets t.yaml -p ... -p ... -r 4 --population 40', 'an ABC-SMC ensemble'),
    async (args) => {
      if (args.method === 'nelder-mead') {
        const result = await withResumableDesign(context.argv, args, 'calibrate', (options) => calibrate({ ...designBase(args), targets: args.targets, maxEvaluations: args.maxEvaluations, holdout: args.holdout }, options));
        console.log(messages.calibrated(result.loss, result.file, result.scenarioFile));
        for (const f of result.holdout?.fit ?? []) console.log(messages.targetFitLine(f.name, f.role, f.observed, f.median, f.p5, f.p95, f.withinTolerance, f.tolerance));
        return;
      }
      const spec = {
        ...designBase(args), method: args.method, targets: args.targets, holdout: args.holdout, population: args.population,
        generations: args.generations, pointsPerWave: args.pointsPerWave, waves: args.waves, cutoff: args.cutoff,
      };
      printEnsemble(await withResumableDesign(context.argv, args, 'calibrate', (options) => calibrateEnsemble(spec, options)));
    },
  );
}

function positiveCutoff(value: unknown): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new InputError(messages.badCutoff(String(value)));
  return n;
}

function printEnsemble(result: EnsembleCalibrateResult): void {
  const threshold = result.method === 'abc' ? `tolerance ${result.threshold.toPrecision(3)}` : `implausibility <= ${result.threshold}`;
  console.log(messages.ensembleCalibrated(result.method, result.sets.length, result.evaluations, result.replications, threshold, result.posteriorFile));
  if (result.incomplete) console.log(messages.ensembleIncomplete(result.method));
  if (result.closest) console.log(messages.closestSet(result.closest.implausibility, result.closest.target));
  if (result.sets.length === 0) return;
  for (const f of result.fit) console.log(messages.targetFitLine(f.name, f.role, f.observed, f.median, f.p5, f.p95, f.withinTolerance, f.tolerance));
  for (const p of result.equifinality.parameters) {
    const r = result.ranges[p.index];
    const value = (u: number) => r.lo + u * (r.hi - r.lo);
    console.log(messages.identificationLine(r.path, p.verdict, p.widthRatio, value(p.p5), value(p.median), value(p.p95)));
  }
  for (const pair of result.equifinality.pairs) console.log(messages.correlatedPairLine(result.ranges[pair.a].path, result.ranges[pair.b].path, pair.correlation));
}
