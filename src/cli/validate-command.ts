// `clustersim validate <scenario..>`: check scenario files against the schema without running them;
// every file is checked, and any problem makes the exit code that of bad input.
import { messages } from '../messages.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { checkEach } from './check-each.js';
import { defineCommand, type CliContext } from './command-module.js';
import { withAllowPaths } from './options.js';

export function validateCommand(context: CliContext) {
  return defineCommand(
    'validate <scenario..>',
    'Check scenario files against the schema without running them',
    (y) =>
      withAllowPaths(y)
        .positional('scenario', { type: 'string', array: true, demandOption: true, describe: 'scenario files' })
        .example('$0 validate scenarios/*.yaml', 'check every shipped scenario'),
    (args) =>
      checkEach(context, args.scenario, (file) => {
        loadScenario(file, { allowPaths: args.allowPaths });
        return { ok: messages.valid(file) };
      }),
  );
}
