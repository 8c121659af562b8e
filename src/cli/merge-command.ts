// `clustersim merge <shards..> --out DIR`: the shard folders of one run into the files a single
// machine would have written, then its report.
import { messages } from '../messages.js';
import { mergeShards } from '../montecarlo/merge-shards.js';
import { LANGS, type Lang } from '../report/index.js';
import { defineCommand } from './command-module.js';
import { reportOnRuns } from './report-options.js';

export function mergeCommand() {
  return defineCommand(
    'merge <shards..>',
    'Combine the shard folders of one run into the files a single machine would have written',
    (y) =>
      y
        .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'shard folders (<name>.shard-k-of-N)' })
        .option('lang', { type: 'string', choices: LANGS, default: 'en' as Lang, describe: 'language of the report' })
        .option('report', { type: 'boolean', default: true, describe: 'write charts and report.html (--no-report to skip)' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder for the merged run' })
        .option('force', { type: 'boolean', default: false, describe: 'replace another run\'s results in --out' })
        .example('$0 merge out/baseline.shard-*-of-4 --out out/baseline', 'merge four shards'),
    async (args) => {
      const { replications } = mergeShards(args.shards, args.out, { force: args.force, onNotice: (message) => console.error(message) });
      console.log(messages.merged(args.shards.length, replications, args.out));
      await reportOnRuns([args.out], args.out, args);
    },
  );
}
