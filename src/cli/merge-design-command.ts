// `clustersim merge-design <shards..> --out DIR`: the shards of a sweep or sensitivity analysis,
// finished as one machine would have (table, analysis, report).
import { mergeDesign } from '../experiments/design-run.js';
import { messages } from '../messages.js';
import { LANGS, type Lang } from '../report/index.js';
import { defineCommand } from './command-module.js';
import { printDesign } from './design-options.js';

export function mergeDesignCommand() {
  return defineCommand(
    'merge-design <shards..>',
    'Combine the shard folders of a sweep or sensitivity analysis (--shard k/N) and finish it as one machine would',
    (y) =>
      y
        .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'shard folders (<name>.shard-k-of-N)' })
        .option('lang', { type: 'string', choices: LANGS, default: 'en' as Lang, describe: 'language of the report' })
        .option('report', { type: 'boolean', default: true, describe: 'write charts and report.html (--no-report to skip)' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder for sweep.csv or sensitivity.csv and the report' })
        .example('$0 merge-design out/baseline-sweep.shard-*-of-4 --out out/baseline-sweep', 'merge the four shards of a sweep'),
    async (args) => {
      const merged = mergeDesign(args.shards, args.out, { onNotice: (message) => console.error(message) });
      await printDesign(merged, args);
      console.log(messages.designMerged(merged.shards, merged.results.length, args.out));
    },
  );
}
