// `clustersim compare-runs <baseline> <variants..> --out DIR`: the comparison step on run folders
// already on disk (merged shards, say), without running anything.
import { compareRunFolders } from '../experiments/compare.js';
import { defineCommand } from './command-module.js';
import { withBaselineAndVariants } from './options.js';
import { printComparison, withReportOptions } from './report-options.js';

export function compareRunsCommand() {
  return defineCommand(
    'compare-runs <baseline> <variants..>',
    'Compare finished run folders (e.g. merged shards) without running anything',
    (y) =>
      withReportOptions(withBaselineAndVariants(y, 'baseline run folder', 'variant run folders (same seed and replications)'))
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder for comparison.csv and the report' })
        .option('allow-mismatch', { type: 'boolean', default: false, describe: 'compare runs with different horizons, region sets or start years (refused by default)' })
        .example('$0 compare-runs out/baseline out/external-talent --out out/compare-baseline', 'compare two merged runs'),
    async (args) => {
      const dirs = [args.baseline, ...args.variants];
      await printComparison(compareRunFolders(dirs, args.out, { allowMismatch: args.allowMismatch }), dirs, args);
    },
  );
}
