// `clustersim verify <folder..>`: checks finished run folders (and design shards) against the sizes and
// SHA-256 their manifest records; every folder is checked, and any difference makes the exit code 2.
import { verifyFolder } from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { defineCommand, type CliContext } from './command-module.js';
import { EXIT } from './exit-codes.js';

export function verifyCommand(context: CliContext) {
  return defineCommand(
    'verify <folders..>',
    'Check finished run folders against their manifest (every file\'s size and SHA-256)',
    (y) =>
      y
        .positional('folders', { type: 'string', array: true, demandOption: true, describe: 'finished run folders (with manifest.json) or design shards (with design.json)' })
        .example('$0 verify out/baseline', 'check a finished run before using it')
        .example('$0 verify out/baseline.shard-*-of-4', 'check shards before merging them'),
    (args) => {
      const problems: string[] = [];
      for (const dir of args.folders) {
        try {
          const check = verifyFolder(dir);
          if (check.problems.length === 0) console.log(messages.verified(dir, check.checked, check.recordedIn));
          else problems.push(messages.verifyFailed(dir, check.problems));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(error.message);
        }
      }
      if (problems.length > 0) {
        console.error(problems.join('\n'));
        context.setExitCode(EXIT.badInput);
      }
    },
  );
}
