// `clustersim discover <design-folder...> --condition "<expression>"`: PRIM scenario discovery over a
// finished design's rows; prints the box found and writes trajectory.csv, box.csv and the report.
import { DEFAULT_DENSITY_THRESHOLD, discover, limitText } from '../experiments/discover.js';
import { InputError, messages } from '../messages.js';
import { PRIM_DEFAULTS } from '../stats/index.js';
import { defineCommand } from './command-module.js';
import { optionNumber, shownOption } from './option-number.js';
import { commaList } from './options.js';
import { withReportOptions, writeCommitteeReport } from './report-options.js';

/** A number option strictly between `lo` and `hi` (inclusive of `hi` when `closed`). */
function share(name: string, lo: number, hi: number, closed = false) {
  return (value: unknown): number | undefined => {
    if (value === undefined) return undefined;
    const n = optionNumber(value);
    if (!(n > lo && (closed ? n <= hi : n < hi))) throw new InputError(`--${name}: expected a number above ${lo} and ${closed ? 'at most' : 'below'} ${hi}, got ${shownOption(value)}`);
    return n;
  };
}

function boxIndex(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = optionNumber(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InputError(`--box: expected an integer >= 0 (a box id of trajectory.csv), got ${shownOption(value)}`);
  return n;
}

export function discoverCommand() {
  return defineCommand(
    'discover <designs..>',
    'Scenario discovery (PRIM): the region of lever and parameter space where a condition on the outcomes holds, from a finished design',
    (y) =>
      withReportOptions(
        y
          .positional('designs', { type: 'string', array: true, demandOption: true, describe: 'a sweep folder, or every shard folder of a sweep or sensitivity analysis' })
          .option('condition', { alias: 'c', type: 'string', demandOption: true, describe: 'the condition of interest per replication row, e.g. "sustainability < 0.5"' })
          .option('inputs', { type: 'string', describe: 'parameters PRIM may restrict, comma-separated (default: every parameter the design varies)' })
          .option('threshold', { type: 'string', describe: `choose the widest box whose density reaches this (default ${DEFAULT_DENSITY_THRESHOLD})`, coerce: share('threshold', 0, 1, true) })
          .option('box', { type: 'string', describe: 'choose this box id of the peeling trajectory instead', coerce: boxIndex })
          .option('peel-alpha', { type: 'string', describe: `share of the box peeled per step (default ${PRIM_DEFAULTS.peelAlpha})`, coerce: share('peel-alpha', 0, 0.5) })
          .option('paste-alpha', { type: 'string', describe: `share of the rows beside a limit pasted per step (default ${PRIM_DEFAULTS.pasteAlpha})`, coerce: share('paste-alpha', 0, 0.5) })
          .option('min-mass', { type: 'string', describe: `smallest share of the rows a box may hold (default ${PRIM_DEFAULTS.minMass})`, coerce: share('min-mass', 0, 1, true) })
          .option('out', { alias: 'o', type: 'string', describe: 'output folder (default out/discover-<first design folder>)' })
          .option('force', { type: 'boolean', default: false, describe: 'replace an earlier discovery in the output folder' })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only the result' })
          .conflicts('box', 'threshold'),
      )
        .example('$0 sweep scenarios/baseline.yaml --lhs 64 -p policy.programme.lengthQuarters=8:24 -p model.market.productRevenueJpyMPerQuarter=2:60 -r 4', 'a design over a lever and a parameter')
        .example('$0 discover out/baseline-sweep --condition "sustainability < 0.5"', 'where does activity fall below half once funding ends?'),
    async (args) => {
      const say = (message: string) => {
        if (!args.quiet) console.error(message);
      };
      say(messages.discoverReading(args.designs.join(' ')));
      const result = discover(
        {
          designs: args.designs, condition: args.condition, inputs: commaList(args.inputs), threshold: args.threshold, box: args.box,
          peelAlpha: args.peelAlpha, pasteAlpha: args.pasteAlpha, minMass: args.minMass, out: args.out, force: args.force,
        },
        { onNotice: (message) => console.error(message) },
      );
      console.log(messages.discoverWritten(result.rows, result.dropped, result.positives, result.dir));
      const { box, chosen } = { box: result.prim.box, chosen: result.prim.chosen };
      console.log(messages.discoverBox(box.id, chosen, box.coverage, box.density, box.mass, box.n));
      for (const limit of box.limits) {
        if (!limit.restricted) continue;
        const qp = limit.kind === 'numeric' ? [limit.quasiPLower, limit.quasiPUpper] : [limit.quasiP];
        console.log(messages.discoverLimit(limit.dimension, limitText(limit), qp.filter((p): p is number => p !== undefined)));
      }
      await writeCommitteeReport(result.dir, result.reportData, args);
    },
  );
}
