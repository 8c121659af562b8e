// `clustersim verify <folder..>`: checks finished run folders (and design shards) against the sizes and
// SHA-256 their manifest records; every folder is checked, and any difference makes the exit code 2.
import { verifyFolder } from '../io/run-folder.js';
import { messages } from '../messages.js';
import { checkEach } from './check-each.js';
import { defineCommand, type CliContext } from './command-module.js';

export function verifyCommand(context: CliContext) {
  return defineCommand(
    'verify <folders..>',
    'Check finished run folders against their manifest (every file\'s size and SHA-256)',
    (y) =>
      y
        .positional('folders', { type: 'string', array: true, demandOption: true, describe: 'finished run folders (with manifest.json) or design shards (with design.json)' })
        .example('$0 verify out/baseline', 'check a finished run before using it')
        .example('$0 verify out/baseline.shard-*-of-4', 'check shards before merging them'),
    (args) =>
      checkEach(context, args.folders, (dir) => {
        const check = verifyFolder(dir);
        return check.problems.length === 0 ? { ok: messages.verified(dir, check.checked, check.recordedIn) } : { problem: messages.verifyFailed(dir, check.problems) };
      }),
  );
}
