// `clustersim compare <baseline> <variant...>`: runs every scenario with the same master seed and
// replication count (common random numbers), then writes the paired comparison to
// out/<name>/comparison.csv and prints the headline indicators.
import { compare } from '../experiments/compare.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { defineCommand, type CliContext } from './command-module.js';
import { withInterrupts } from './interrupts.js';
import { checkMemory } from './memory-guard.js';
import { withBaselineAndVariants, withRunOptions } from './options.js';
import { printComparison } from './report-options.js';

export function compareCommand(context: CliContext) {
  return defineCommand(
    'compare <baseline> <variants..>',
    'Run a baseline and variants with common random numbers and compare them pairwise',
    (y) =>
      withRunOptions(withBaselineAndVariants(y, 'baseline scenario file', 'variant scenario files'))
        .option('name', { type: 'string', describe: 'folder name of the comparison under --out (default: compare-<baseline>-vs-<variants>)' })
        .option('allow-mismatch', { type: 'boolean', default: false, describe: 'compare scenarios with different horizons, region sets or start years (refused by default)' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the results of a different run (other scenario or seed) in the output folders' })
        .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted comparison: each scenario\'s run from its checkpoint' })
        .example('$0 compare scenarios/baseline.yaml scenarios/levers/external-talent.yaml', 'one lever against the baseline')
        .example('$0 compare scenarios/baseline.yaml scenarios/levers/*.yaml -r 100', 'every lever, 100 paired replications')
        .example('$0 compare scenarios/baseline.yaml scenarios/levers/wide-area.yaml -r 100 --resume', 'continue after Ctrl-C'),
    async (args) => {
      const loaded = [args.baseline, ...args.variants].map((file) => loadScenario(file, { allowPaths: args.allowPaths }));
      checkMemory(loaded, { workers: args.workers, replications: args.replications ?? loaded[0].scenario.replications, maxMemoryMb: args.maxMemory });
      const result = await withInterrupts(context.argv, args.quiet, (hooks) =>
        compare(
          { baseline: loaded[0], variants: loaded.slice(1), replications: args.replications, seed: args.seed, name: args.name, allowMismatch: args.allowMismatch },
          { ...hooks, outRoot: args.out, workers: args.workers, force: args.force, resume: args.resume },
        ),
      );
      await printComparison(result, result.runs.map((r) => r.dir), args);
    },
  );
}
