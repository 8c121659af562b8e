#!/usr/bin/env node
// The clustersim command line: thin commands over the library (parse, call, print).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { isSystemError } from '../io/file-error.js';
import { InputError, messages } from '../messages.js';
import { VERSION } from '../version.js';
import { calibrateCommand } from './calibrate-command.js';
import type { CliContext } from './command-module.js';
import { compareCommand } from './compare-command.js';
import { compareRunsCommand } from './compare-runs-command.js';
import { discoverCommand } from './discover-command.js';
import { EXIT } from './exit-codes.js';
import { ReportedFailure } from './interrupts.js';
import { labCommand } from './lab-command.js';
import { mergeCommand } from './merge-command.js';
import { mergeDesignCommand } from './merge-design-command.js';
import { reportCommand } from './report-command.js';
import { robustCommand } from './robust-command.js';
import { allocateCommand } from './allocate-command.js';
import { runCommand } from './run-command.js';
import { schemaCommand } from './schema-command.js';
import { screenCommand } from './screen-command.js';
import { sensitivityCommand } from './sensitivity-command.js';
import { slurmCommand } from './slurm-command.js';
import { sweepCommand } from './sweep-command.js';
import { withOptionSuggestions } from './unknown-options.js';
import { validateCommand } from './validate-command.js';
import { verifyCommand } from './verify-command.js';

export { EXIT };

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const context: CliContext = {
    argv,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const parser = yargs(argv);
  const cli = parser
    .scriptName('clustersim')
    .usage('$0 <command> [options]\n\nAgent-based simulation of regional innovation-cluster policy.')
    .command(runCommand(context))
    .command(compareCommand(context))
    .command(sweepCommand(context))
    .command(sensitivityCommand(context))
    .command(calibrateCommand(context))
    .command(robustCommand())
    .command(discoverCommand())
    .command(allocateCommand())
    .command(screenCommand())
    .command(compareRunsCommand())
    .command(mergeCommand())
    .command(mergeDesignCommand())
    .command(slurmCommand(context))
    .command(reportCommand())
    .command(labCommand())
    .command(validateCommand(context))
    .command(verifyCommand(context))
    .command(schemaCommand())
    .demandCommand(1, 'Name a command: run, compare, compare-runs, sweep, sensitivity, calibrate, screen, robust, discover, allocate, merge, merge-design, report, lab, verify, slurm, validate or schema (see --help).')
    .recommendCommands()
    .strict()
    .version(VERSION)
    .help()
    .alias('help', 'h')
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .fail((message, error) => {
      // yargs reports usage problems as YError, rewrapping errors thrown by `coerce` (so an
      // InputError from an option check arrives as a YError): all of them are bad input, not bugs.
      if (error && error.name !== 'YError') throw error;
      throw new InputError(withOptionSuggestions(error?.message ?? message, argv, knownOptions(parser)));
    });
  try {
    await cli.parseAsync();
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      return EXIT.badInput;
    }
    if (error instanceof ReportedFailure) {
      console.error(error.message);
      return error.exitCode;
    }
    // A full disk, no permission, a read-only mount while writing a report or a merge: the
    // machine's problem, not a bug; the user fixes it and runs the command again.
    if (isSystemError(error)) {
      const reason = error.message.replace(/, \w+ '.*'$/, '');
      console.error(messages.fileSystemFailed(error.path ?? 'a file', reason, ['clustersim', ...argv].join(' ')));
      return EXIT.badInput;
    }
    console.error(messages.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return EXIT.internal;
  }
  return exitCode;
}

/**
 * The option keys of the command being parsed (its own, aliases, help and version), for suggestions.
 * getOptions() is public at run time but missing from yargs' types, hence the checks.
 */
function knownOptions(parser: object): string[] {
  if (!('getOptions' in parser) || typeof parser.getOptions !== 'function') return [];
  const options: unknown = parser.getOptions();
  if (typeof options !== 'object' || options === null || !('key' in options)) return [];
  const keys = options.key;
  return typeof keys === 'object' && keys !== null ? Object.keys(keys) : [];
}

/** True when this file is the program (also through npm's bin symlink), false when imported. */
function invokedDirectly(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(hideBin(process.argv)).then((code) => {
    process.exitCode = code;
  });
}
