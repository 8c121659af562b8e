// `clustersim calibrate <scenario> --targets <file> --param <path>=<lo>:<hi> ...`: simulated method
// of moments (Nelder–Mead on the unit cube, every point with the same replications and seeds).
import { calibrate, DEFAULT_MAX_EVALUATIONS } from '../experiments/calibrate.js';
import { messages } from '../messages.js';
import { defineCommand } from './command-module.js';
import { designBase, withDesignHooks, withDesignOptions } from './design-options.js';
import { requiredPositiveInteger } from './options.js';

export function calibrateCommand() {
  return defineCommand(
    'calibrate <scenario>',
    'Fit parameters so simulated indicators match a targets table (simulated method of moments, Nelder–Mead)',
    (y) =>
      withDesignOptions(y)
        .option('targets', { type: 'string', demandOption: true, describe: 'targets file (YAML/JSON): values or ratios with weights' })
        .option('max-evaluations', { type: 'string', default: DEFAULT_MAX_EVALUATIONS, describe: 'parameter points to try (each runs --replications)', coerce: requiredPositiveInteger('max-evaluations') })
        .example('$0 calibrate scenarios/programmes/knowledge-cluster.yaml --targets scenarios/targets/knowledge-cluster.yaml -p model.research.papersPerResearcherQuarter=0.01:0.1 -r 4', 'fit one parameter to the KCI ratios'),
    async (args) => {
      const result = await withDesignHooks(args, 'calibrate', (options) => calibrate({ ...designBase(args), targets: args.targets, maxEvaluations: args.maxEvaluations }, options));
      console.log(messages.calibrated(result.loss, result.file, result.scenarioFile));
    },
  );
}
