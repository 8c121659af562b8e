// `clustersim sweep <scenario> --param path=v1,v2 ... [--lhs N]`: a full grid of the value lists, or a
// Latin hypercube of N points over lo:hi ranges; every point runs the same replications and seeds.
import { sweep } from '../experiments/sweep.js';
import { defineCommand, type CliContext } from './command-module.js';
import { designBase, printDesign, withDesignOptions, withDesignResumeOptions, withResumableDesign, withDesignShardOption } from './design-options.js';
import { positiveInteger } from './options.js';

export function sweepCommand(context: CliContext) {
  return defineCommand(
    'sweep <scenario>',
    'Run a grid (or Latin hypercube) of parameter values, every point with the same seeds',
    (y) =>
      withDesignResumeOptions(withDesignShardOption(withDesignOptions(y)))
        .option('lhs', { type: 'string', describe: 'Latin hypercube of N points over lo:hi ranges (instead of a grid)', coerce: positiveInteger('lhs') })
        .example('$0 sweep scenarios/baseline.yaml -p policy.programme.lengthQuarters=12,20,28,36 -r 20', 'a grid over programme length')
        .example('$0 sweep scenarios/baseline.yaml -p model.meeting.linkThreshold=0.1:0.4 -p policy.programme.budgetPerRegionQuarterJpyM=50:200 --lhs 32', 'a Latin hypercube')
        .example('$0 sweep scenarios/baseline.yaml -p policy.programme.lengthQuarters=12,20,28,36 --shard 0/4', 'the points of the first of four shards (combine them with `merge-design`)'),
    async (args) => {
      const result = await withResumableDesign(context.argv, args, 'sweep', (options) => sweep({ ...designBase(args), lhs: args.lhs, shard: args.shard }, options));
      await printDesign(result, args);
    },
  );
}
