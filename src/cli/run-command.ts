// `clustersim run <scenario..>`: the replications of one or more scenarios into out/<name>/, then a
// report per run (a shard's report comes after the merge).
import { DEFAULT_TARGET_BATCH, DEFAULT_TARGET_INDICATORS } from '../montecarlo/precision-target.js';
import { parseShard } from '../montecarlo/shard.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { defineCommand, type CliContext } from './command-module.js';
import { runWithInterrupts } from './interrupts.js';
import { checkMemory } from './memory-guard.js';
import { requiredPositiveInteger, targetFromArgs, targetValue, withRunOptions } from './options.js';
import { reportOnRuns } from './report-options.js';

export function runCommand(context: CliContext) {
  return defineCommand(
    'run <scenario..>',
    'Run the replications of one or more scenarios and write out/<name>/',
    (y) =>
      withRunOptions(y.positional('scenario', { type: 'string', array: true, describe: 'scenario files (YAML or JSON)', demandOption: true }))
        .option('shard', { type: 'string', describe: 'run only replications i with i mod N == k, into <name>.shard-k-of-N/', coerce: (v?: string) => (v === undefined ? undefined : parseShard(v)) })
        .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted run from its checkpoint' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the results of a different run (other scenario or seed) in the output folder' })
        .option('target-ci', { type: 'string', describe: 'add batches of replications until the 95% CI half-width / mean of the target indicators is at most this (--replications is then the cap)', coerce: targetValue })
        .option('target-indicators', { type: 'string', default: DEFAULT_TARGET_INDICATORS.join(','), describe: 'indicators the --target-ci applies to' })
        .option('ci', { type: 'string', choices: ['t', 'bootstrap'] as const, default: 't' as const, describe: 'CIs of the summary values in stats.csv: t intervals or bootstrap percentile (1,000 resamples, seeded)' })
        .option('target-batch', { type: 'string', default: DEFAULT_TARGET_BATCH, describe: 'replications per batch with --target-ci', coerce: requiredPositiveInteger('target-batch') })
        .example('$0 run scenarios/baseline.yaml', 'run the default scenario on all cores')
        .example('$0 run scenarios/baseline.yaml --replications 100 --seed 7', '100 replications from master seed 7')
        .example('$0 run scenarios/baseline.yaml --shard 0/4', 'the first of four shards (merge them with `merge`)')
        .example('$0 run scenarios/baseline.yaml --resume', 'continue after Ctrl-C or a crash')
        .example('$0 run scenarios/baseline.yaml --target-ci 0.05 -r 1000', 'replications until ±5% on the target indicators, at most 1000'),
    async (args) => {
      // Load every scenario first, so a bad file fails before any run starts.
      const loaded = args.scenario.map((file) => loadScenario(file, { allowPaths: args.allowPaths }));
      checkMemory(loaded, { workers: args.workers, replications: args.replications, maxMemoryMb: args.maxMemory });
      const results = await runWithInterrupts(context.argv, loaded, {
        replications: args.replications,
        seed: args.seed,
        outRoot: args.out,
        workers: args.workers,
        shard: args.shard,
        resume: args.resume,
        force: args.force,
        quiet: args.quiet,
        targetCi: targetFromArgs(args),
        statistics: { ci: args.ci },
      });
      // A shard holds only part of the replications: its report comes after the merge.
      if (!args.shard || args.shard.count === 1) {
        for (const result of results) await reportOnRuns([result.dir], result.dir, args);
      }
    },
  );
}
