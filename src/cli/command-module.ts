// One CLI command as one typed value (yargs' CommandModule): usage, description, options and handler,
// the handler's arguments typed from the options the builder declares, so no command casts them.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';

/** What a command's handler may need beyond its arguments. */
export interface CliContext {
  /** The arguments as given, for hints ("continue with ...") and the Slurm scripts' headers. */
  readonly argv: readonly string[];
  /** For a command that finishes but found problems (validate). */
  setExitCode(code: number): void;
}

export function defineCommand<U>(
  command: string,
  describe: string,
  builder: (y: Argv) => Argv<U>,
  handler: (args: ArgumentsCamelCase<U>) => void | Promise<void>,
): CommandModule<{}, U> {
  return { command, describe, builder, handler };
}
