// `clustersim sweep <scenario> --param path=v1,v2 ... [--lhs N]`: a full grid of the value lists, or a
// Latin hypercube of N points over lo:hi ranges; every point runs the same replications and seeds.
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { pointMeans, SWEEP_FILE, sweepCsv } from '../results/design-tables.js';
import { sweepReportData } from '../results/report-data-from-runs.js';
import { writeCommitteeReport } from './report-options.js';
import { RandomStream, replicationSeed } from '../rng/index.js';
import { expandGrid, gridFromSpecs, latinHypercube, parseParamSpecs, type ExperimentDesign } from '../stats/index.js';
import { designContext, designRanges, runDesign, withDesignOptions, type DesignArgs } from './design-options.js';
import { positiveInteger } from './options.js';

export function sweepBuilder<T>(y: Argv<T>) {
  return withDesignOptions(y)
    .option('lhs', { type: 'number', describe: 'Latin hypercube of N points over lo:hi ranges (instead of a grid)', coerce: positiveInteger('lhs') })
    .example('$0 sweep scenarios/baseline.yaml -p policy.programme.lengthQuarters=12,20,28,36 -r 20', 'a grid over programme length')
    .example('$0 sweep scenarios/baseline.yaml -p model.meeting.linkThreshold=0.1:0.4 -p policy.programme.budgetPerRegionQuarterJpyM=50:200 --lhs 32', 'a Latin hypercube');
}

export async function sweepCommand(args: DesignArgs & { lhs?: number }): Promise<void> {
  const specs = parseParamSpecs(args.param);
  const context = designContext(args, 'sweep');
  const { loaded, dir, progress } = context;
  let design: ExperimentDesign<unknown>;
  if (args.lhs !== undefined) {
    const ranges = designRanges(specs, '--lhs');
    // The design's draws get their own stream, derived from the master seed like every other.
    design = latinHypercube(args.lhs, ranges, RandomStream.derive(replicationSeed(context.masterSeed, 0), 'design:lhs'));
  } else {
    design = expandGrid(gridFromSpecs(specs));
  }
  if (design.points.length === 0) throw new InputError(messages.emptyDesign('sweep'));
  try {
    const results = await runDesign(args, context, design.points);
    const path = join(dir, SWEEP_FILE);
    writeFileAtomic(path, sweepCsv(design.parameters, results));
    console.log(messages.designWritten('sweep', design.points.length, context.replications, path));
    const numeric = design.points.every((p) => Object.values(p.values).every((v) => typeof v === 'number'));
    if (numeric) await writeCommitteeReport(dir, sweepReportData(loaded.scenario.name, context.masterSeed, context.replications, pointMeans(results)), args);
  } finally {
    progress.stop();
  }
}
