// `clustersim validate <scenario..>`: check scenario files against the schema without running them;
// every file is checked, and any problem makes the exit code that of bad input.
import { InputError, messages } from '../messages.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { defineCommand, type CliContext } from './command-module.js';
import { EXIT } from './exit-codes.js';
import { withAllowPaths } from './options.js';

export function validateCommand(context: CliContext) {
  return defineCommand(
    'validate <scenario..>',
    'Check scenario files against the schema without running them',
    (y) =>
      withAllowPaths(y)
        .positional('scenario', { type: 'string', array: true, demandOption: true, describe: 'scenario files' })
        .example('$0 validate scenarios/*.yaml', 'check every shipped scenario'),
    (args) => {
      const problems: string[] = [];
      for (const file of args.scenario) {
        try {
          loadScenario(file, { allowPaths: args.allowPaths });
          console.log(messages.valid(file));
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
