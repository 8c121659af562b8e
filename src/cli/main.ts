#!/usr/bin/env node
// The clustersim command line: thin commands over the library (parse, call, print).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError, messages } from '../messages.js';
import { mergeShards } from '../montecarlo/merge-shards.js';
import { parseShard } from '../montecarlo/shard.js';
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { VERSION } from '../version.js';
import { compareBuilder, compareCommand, compareFinishedRuns, type CompareArgs } from './compare-command.js';
import type { DesignArgs } from './design-options.js';
import { positiveInteger, targetFromArgs, targetValue, withRunOptions } from './options.js';
import { reportOnRuns, withReportOptions, type ReportArgs } from './report-options.js';
import { LANGS } from '../report/index.js';
import { requireFinishedRun } from '../io/run-folder.js';
import { DEFAULT_TARGET_BATCH, DEFAULT_TARGET_INDICATORS } from '../montecarlo/precision-target.js';
import { sensitivityBuilder, sensitivityCommand, type SensitivityArgs } from './sensitivity-command.js';
import { slurmBuilder, slurmCommand, type SlurmArgs } from './slurm-command.js';
import { sweepBuilder, sweepCommand } from './sweep-command.js';
import { mergeDesignCommand } from './design-spec.js';
import { calibrateBuilder, calibrateCommand, type CalibrateArgs } from './calibrate-command.js';
import { ReportedFailure, runWithInterrupts } from './run-command.js';
import { checkMemory } from './memory-guard.js';
import { withOptionSuggestions } from './unknown-options.js';

/** Exit codes: 0 success, 1 internal error, 2 bad input (usage or scenario). */
export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  // The parser, for the options of the command being parsed when an unknown one is refused.
  const parser: { current?: { getOptions(): { key: Record<string, unknown> } } } = {};
  const cli = yargs(argv)
    .scriptName('clustersim')
    .usage('$0 <command> [options]\n\nAgent-based simulation of regional innovation-cluster policy.')
    .command(
      'run <scenario..>',
      'Run the replications of one or more scenarios and write out/<name>/',
      (y) =>
        withRunOptions(y.positional('scenario', { type: 'string', array: true, describe: 'scenario files (YAML or JSON)', demandOption: true }))
          .option('shard', { type: 'string', describe: 'run only replications i with i mod N == k, into <name>.shard-k-of-N/', coerce: (v?: string) => (v === undefined ? undefined : parseShard(v)) })
          .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted run from its checkpoint' })
          .option('force', { type: 'boolean', default: false, describe: 'replace the results of a different run (other scenario or seed) in the output folder' })
          .option('target-ci', { type: 'number', describe: 'add batches of replications until the 95% CI half-width / mean of the target indicators is at most this (--replications is then the cap)', coerce: targetValue })
          .option('target-indicators', { type: 'string', default: DEFAULT_TARGET_INDICATORS.join(','), describe: 'indicators the --target-ci applies to' })
          .option('ci', { type: 'string', choices: ['t', 'bootstrap'] as const, default: 't', describe: 'CIs of the summary values in stats.csv: t intervals or bootstrap percentile (1,000 resamples, seeded)' })
          .option('target-batch', { type: 'number', default: DEFAULT_TARGET_BATCH, describe: 'replications per batch with --target-ci', coerce: positiveInteger('target-batch') })
          .example('$0 run scenarios/baseline.yaml', 'run the default scenario on all cores')
          .example('$0 run scenarios/baseline.yaml --replications 100 --seed 7', '100 replications from master seed 7')
          .example('$0 run scenarios/baseline.yaml --shard 0/4', 'the first of four shards (merge them with `merge`)')
          .example('$0 run scenarios/baseline.yaml --resume', 'continue after Ctrl-C or a crash')
          .example('$0 run scenarios/baseline.yaml --target-ci 0.05 -r 1000', 'replications until ±5% on the target indicators, at most 1000'),
      async (args) => {
        // Load every scenario first, so a bad file fails before any run starts.
        const loaded = (args.scenario as string[]).map((file) => loadScenario(file));
        checkMemory(loaded, { workers: args.workers, replications: args.replications, maxMemoryMb: args.maxMemory });
        const results = await runWithInterrupts(argv, loaded, {
          replications: args.replications,
          seed: args.seed,
          outRoot: args.out,
          workers: args.workers,
          shard: args.shard,
          resume: args.resume,
          force: args.force,
          quiet: args.quiet,
          targetCi: targetFromArgs(args),
          statistics: { ci: args.ci as 't' | 'bootstrap' },
        });
        // A shard holds only part of the replications: its report comes after the merge.
        if (!args.shard || args.shard.count === 1) {
          for (const result of results) await reportOnRuns([result.dir], result.dir, args as ReportArgs);
        }
      },
    )
    .command(
      'compare <baseline> <variants..>',
      'Run a baseline and variants with common random numbers and compare them pairwise',
      compareBuilder,
      async (args) => {
        await compareCommand(argv, args as unknown as CompareArgs);
      },
    )
    .command(
      'sweep <scenario>',
      'Run a grid (or Latin hypercube) of parameter values, every point with the same seeds',
      sweepBuilder,
      async (args) => {
        await sweepCommand(args as unknown as DesignArgs & { lhs?: number });
      },
    )
    .command(
      'sensitivity <scenario>',
      'Global sensitivity of indicators to parameters: Morris elementary effects or Sobol indices',
      sensitivityBuilder,
      async (args) => {
        await sensitivityCommand(args as unknown as SensitivityArgs);
      },
    )
    .command(
      'calibrate <scenario>',
      'Fit parameters so simulated indicators match a targets table (simulated method of moments, Nelder–Mead)',
      calibrateBuilder,
      async (args) => {
        await calibrateCommand(args as unknown as CalibrateArgs);
      },
    )
    .command(
      'compare-runs <baseline> <variants..>',
      'Compare finished run folders (e.g. merged shards) without running anything',
      (y) =>
        withReportOptions(
          y
            .positional('baseline', { type: 'string', demandOption: true, describe: 'baseline run folder' })
            .positional('variants', { type: 'string', array: true, demandOption: true, describe: 'variant run folders (same seed and replications)' }),
        )
          .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder for comparison.csv and the report' })
          .example('$0 compare-runs out/baseline out/external-talent --out out/compare-baseline', 'compare two merged runs'),
      async (args) => {
        await compareFinishedRuns([args.baseline as string, ...(args.variants as string[])], args.out, args as ReportArgs);
      },
    )
    .command(
      'merge <shards..>',
      'Combine the shard folders of one run into the files a single machine would have written',
      (y) =>
        y
          .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'shard folders (<name>.shard-k-of-N)' })
          .option('lang', { type: 'string', choices: LANGS, default: 'en', describe: 'language of the report' })
          .option('report', { type: 'boolean', default: true, describe: 'write charts and report.html (--no-report to skip)' })
          .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder for the merged run' })
          .example('$0 merge out/baseline.shard-*-of-4 --out out/baseline', 'merge four shards'),
      async (args) => {
        const shards = args.shards as string[];
        const { replications } = mergeShards(shards, args.out);
        console.log(messages.merged(shards.length, replications, args.out));
        await reportOnRuns([args.out], args.out, args as unknown as ReportArgs);
      },
    )
    .command(
      'merge-design <shards..>',
      'Combine the shard folders of a sweep or sensitivity analysis (--shard k/N) and finish it as one machine would',
      (y) =>
        y
          .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'shard folders (<name>.shard-k-of-N)' })
          .option('lang', { type: 'string', choices: LANGS, default: 'en', describe: 'language of the report' })
          .option('report', { type: 'boolean', default: true, describe: 'write charts and report.html (--no-report to skip)' })
          .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'folder for sweep.csv or sensitivity.csv and the report' })
          .example('$0 merge-design out/baseline-sweep.shard-*-of-4 --out out/baseline-sweep', 'merge the four shards of a sweep'),
      async (args) => {
        await mergeDesignCommand(args.shards as string[], args.out, args as unknown as ReportArgs);
      },
    )
    .command(
      'slurm <scenario..>',
      'Write (and with --submit queue) a Slurm job array that runs N shards, and a merge job after it',
      slurmBuilder,
      (args) => {
        slurmCommand(args as unknown as SlurmArgs, ['clustersim', ...argv].join(' '));
      },
    )
    .command(
      'report <runs..>',
      'Write charts and report.html for finished run folders (several folders: one report over all)',
      (y) =>
        withReportOptions(y.positional('runs', { type: 'string', array: true, demandOption: true, describe: 'finished run folders (with manifest.json)' }))
          .option('out', { alias: 'o', type: 'string', describe: 'folder for the report (default: the only run folder)' })
          .example('$0 report out/baseline --lang ja', 'a Japanese report for a finished run')
          .example('$0 report out/baseline out/baseline-external-talent --out out/two', 'one report over two runs'),
      async (args) => {
        const runs = args.runs as string[];
        for (const dir of runs) requireFinishedRun(dir);
        const outDir = args.out ?? (runs.length === 1 ? runs[0] : undefined);
        if (!outDir) throw new InputError(messages.reportNeedsOut());
        await reportOnRuns(runs, outDir, args as ReportArgs);
      },
    )
    .command(
      'validate <scenario..>',
      'Check scenario files against the schema without running them',
      (y) =>
        y
          .positional('scenario', { type: 'string', array: true, demandOption: true, describe: 'scenario files' })
          .example('$0 validate scenarios/*.yaml', 'check every shipped scenario'),
      (args) => {
        const problems: string[] = [];
        for (const file of args.scenario as string[]) {
          try {
            loadScenario(file);
            console.log(messages.valid(file));
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            problems.push(error.message);
          }
        }
        if (problems.length > 0) {
          console.error(problems.join('\n'));
          exitCode = EXIT.badInput;
        }
      },
    )
    .command(
      'schema',
      'Print the scenario JSON Schema (for editors and validators)',
      (y) => y.example('$0 schema > scenario.schema.json', 'save it for editor autocompletion'),
      () => {
        console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
      },
    )
    .demandCommand(1, 'Name a command: run, compare, compare-runs, sweep, sensitivity, calibrate, merge, merge-design, report, slurm, validate or schema (see --help).')
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
      throw new InputError(withOptionSuggestions(error?.message ?? message, argv, Object.keys(parser.current?.getOptions().key ?? {})));
    });
  // getOptions() is public at run time but missing from yargs' types.
  parser.current = cli as unknown as typeof parser.current;
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
    console.error(messages.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return EXIT.internal;
  }
  return exitCode;
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
