// `clustersim sensitivity <scenario> --method morris|sobol --param path=lo:hi ...`: global sensitivity
// of the chosen indicators to the parameters. Each design point's output is the mean over the same
// replications (common random numbers), so replication noise does not masquerade as sensitivity.
import type { Argv } from 'yargs';
import type { Shard } from '../montecarlo/shard.js';
import type { SensitivityRow } from '../results/sensitivity-table.js';
import { withDesignOptions, withDesignShardOption, type DesignArgs } from './design-options.js';
import { DEFAULT_INDICATORS, DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES, parseIndicators, runDesignCommand } from './design-spec.js';
import { positiveInteger } from './options.js';

export function sensitivityBuilder<T>(y: Argv<T>) {
  return withDesignShardOption(withDesignOptions(y))
    .option('method', { type: 'string', choices: ['morris', 'sobol'] as const, default: 'morris', describe: 'Morris elementary effects or Sobol indices' })
    .option('trajectories', { type: 'number', default: DEFAULT_TRAJECTORIES, describe: 'Morris: trajectories r (points r(k+1))', coerce: positiveInteger('trajectories') })
    .option('samples', { type: 'number', default: DEFAULT_SAMPLES, describe: 'Sobol: base samples N (points N(k+2))', coerce: positiveInteger('samples') })
    .option('indicators', { type: 'string', describe: `summary indicators to analyse, comma-separated (default ${DEFAULT_INDICATORS.join(',')})` })
    .example('$0 sensitivity scenarios/baseline.yaml -p model.meeting.linkThreshold=0.1:0.4 -p policy.programme.budgetPerRegionQuarterJpyM=50:250 -r 5', 'Morris screening')
    .example('$0 sensitivity scenarios/baseline.yaml --method sobol --samples 128 -p ... -p ...', 'Sobol indices');
}

export interface SensitivityArgs extends DesignArgs {
  method: 'morris' | 'sobol';
  trajectories: number;
  samples: number;
  indicators?: string;
  shard?: Shard;
}

export async function sensitivityCommand(args: SensitivityArgs): Promise<SensitivityRow[]> {
  const indicators = parseIndicators(args.indicators);
  return runDesignCommand(args, 'sensitivity', (replications, masterSeed) => ({
    command: 'sensitivity',
    param: args.param,
    method: args.method,
    trajectories: args.trajectories,
    samples: args.samples,
    indicators,
    replications,
    masterSeed,
  }));
}
