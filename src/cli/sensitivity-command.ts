// `clustersim sensitivity <scenario> --method morris|sobol --param path=lo:hi ...`: global sensitivity
// of the chosen indicators to the parameters. Each design point's output is the mean over the same
// replications (common random numbers), so replication noise does not masquerade as sensitivity.
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { outputVector } from '../results/design-tables.js';
import { SENSITIVITY_FILE, sensitivityCsv, type SensitivityRow } from '../results/sensitivity-table.js';
import { sensitivityReportData } from '../results/report-data-from-runs.js';
import { writeCommitteeReport } from './report-options.js';
import { RandomStream, replicationSeed } from '../rng/index.js';
import { morrisAnalyze, morrisDesign, parseParamSpecs, saltelliDesign, sobolAnalyze } from '../stats/index.js';
import { designContext, designRanges, runDesign, withDesignOptions, type DesignArgs } from './design-options.js';
import { positiveInteger } from './options.js';

const DEFAULT_INDICATORS = ['commercializations', 'revenueJpyM', 'linksAcademiaIndustry'];
const BOOTSTRAP_RESAMPLES = 1000;

export function sensitivityBuilder<T>(y: Argv<T>) {
  return withDesignOptions(y)
    .option('method', { type: 'string', choices: ['morris', 'sobol'] as const, default: 'morris', describe: 'Morris elementary effects or Sobol indices' })
    .option('trajectories', { type: 'number', default: 10, describe: 'Morris: trajectories r (points r(k+1))', coerce: positiveInteger('trajectories') })
    .option('samples', { type: 'number', default: 64, describe: 'Sobol: base samples N (points N(k+2))', coerce: positiveInteger('samples') })
    .option('indicators', { type: 'string', describe: `summary indicators to analyse, comma-separated (default ${DEFAULT_INDICATORS.join(',')})` })
    .example('$0 sensitivity scenarios/baseline.yaml -p model.meeting.linkThreshold=0.1:0.4 -p policy.programme.budgetPerRegionQuarterJpyM=50:250 -r 5', 'Morris screening')
    .example('$0 sensitivity scenarios/baseline.yaml --method sobol --samples 128 -p ... -p ...', 'Sobol indices');
}

export interface SensitivityArgs extends DesignArgs {
  method: 'morris' | 'sobol';
  trajectories: number;
  samples: number;
  indicators?: string;
}

export async function sensitivityCommand(args: SensitivityArgs): Promise<SensitivityRow[]> {
  const indicators = args.indicators ? args.indicators.split(',').map((s) => s.trim()) : DEFAULT_INDICATORS;
  for (const indicator of indicators) {
    if (!SUMMARY_COLUMNS.includes(indicator)) throw new InputError(messages.unknownIndicator(indicator, SUMMARY_COLUMNS));
  }
  const specs = parseParamSpecs(args.param);
  const context = designContext(args, 'sensitivity');
  const { loaded, dir, progress } = context;
  const ranges = designRanges(specs, `--method ${args.method}`);
  const seed = replicationSeed(context.masterSeed, 0);
  const design = args.method === 'morris'
    ? morrisDesign({ ranges, trajectories: args.trajectories, stream: RandomStream.derive(seed, 'design:morris') })
    : saltelliDesign({ ranges, baseSamples: args.samples });
  try {
    const results = await runDesign(args, context, design.points);
    const bootstrap = () => ({ resamples: BOOTSTRAP_RESAMPLES, stream: RandomStream.derive(seed, 'design:bootstrap') });
    const rows: SensitivityRow[] = indicators.flatMap((indicator): SensitivityRow[] => {
      const outputs = outputVector(results, indicator);
      if (design.method === 'morris') {
        return morrisAnalyze(design, outputs, { bootstrap: bootstrap() }).map((index) => ({ method: 'morris', indicator, index }));
      }
      return sobolAnalyze(design, outputs, { bootstrap: bootstrap() }).indices.map((index) => ({ method: 'sobol', indicator, index }));
    });
    const path = join(dir, SENSITIVITY_FILE);
    writeFileAtomic(path, sensitivityCsv(rows));
    console.log(messages.designWritten(`sensitivity (${args.method})`, design.points.length, context.replications, path));
    await writeCommitteeReport(dir, sensitivityReportData(loaded.scenario.name, context.masterSeed, context.replications, rows), args);
    return rows;
  } finally {
    progress.stop();
  }
}
