// What `validate` and `verify` share: check every item, print a line for each one that passes, then
// every problem together, and make the exit code that of bad input if there was any.
import { InputError } from '../messages.js';
import type { CliContext } from './command-module.js';
import { EXIT } from './exit-codes.js';

/** `check` returns the item's line when it passes, and reports a problem by returning it in `problem` or throwing an InputError. */
export function checkEach(context: CliContext, items: readonly string[], check: (item: string) => { ok: string } | { problem: string }): void {
  const problems: string[] = [];
  for (const item of items) {
    try {
      const outcome = check(item);
      if ('ok' in outcome) console.log(outcome.ok);
      else problems.push(outcome.problem);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    context.setExitCode(EXIT.badInput);
  }
}
