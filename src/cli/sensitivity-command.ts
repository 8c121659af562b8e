// `clustersim sensitivity <scenario> --method morris|sobol --param path=lo:hi ...`: global sensitivity
// of the chosen indicators to the parameters (Morris elementary effects or Sobol indices).
import { DEFAULT_INDICATORS, DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES } from '../experiments/design-spec.js';
import { sensitivity } from '../experiments/sensitivity.js';
import { defineCommand, type CliContext } from './command-module.js';
import { designBase, printDesign, withDesignOptions, withDesignResumeOptions, withResumableDesign, withDesignShardOption } from './design-options.js';
import { commaList, requiredPositiveInteger } from './options.js';

export function sensitivityCommand(context: CliContext) {
  return defineCommand(
    'sensitivity <scenario>',
    'Global sensitivity of indicators to parameters: Morris elementary effects or Sobol indices',
    (y) =>
      withDesignResumeOptions(withDesignShardOption(withDesignOptions(y)))
        .option('method', { type: 'string', choices: ['morris', 'sobol'] as const, default: 'morris' as const, describe: 'Morris elementary effects or Sobol indices' })
        .option('trajectories', { type: 'string', default: DEFAULT_TRAJECTORIES, describe: 'Morris: trajectories r (points r(k+1))', coerce: requiredPositiveInteger('trajectories') })
        .option('samples', { type: 'string', default: DEFAULT_SAMPLES, describe: 'Sobol: base samples N (points N(k+2))', coerce: requiredPositiveInteger('samples') })
        .option('indicators', { type: 'string', describe: `summary indicators to analyse, comma-separated (default ${DEFAULT_INDICATORS.join(',')})` })
        .example('$0 sensitivity scenarios/baseline.yaml -p model.meeting.linkThreshold=0.1:0.4 -p policy.programme.budgetPerRegionQuarterJpyM=50:250 -r 5', 'Morris screening')
        .example('$0 sensitivity scenarios/baseline.yaml --method sobol --samples 128 -p ... -p ...', 'Sobol indices'),
    async (args) => {
      const spec = { ...designBase(args), method: args.method, trajectories: args.trajectories, samples: args.samples, indicators: commaList(args.indicators), shard: args.shard };
      const result = await withResumableDesign(context.argv, args, 'sensitivity', (options) => sensitivity(spec, options));
      await printDesign(result, args);
    },
  );
}
