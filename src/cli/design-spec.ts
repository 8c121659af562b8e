// What a sweep or sensitivity analysis is, as data: the command, its --param specs and method, the
// replications and master seed. The design is rebuilt from this description alone (deterministic), so
// every shard of a design and the merge that reassembles it build exactly the same points, and the step
// after evaluation (tables, analysis, report) is the same for one machine and for merged shards.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { SENSITIVITY_FILE, SWEEP_FILE } from '../io/run-folder.js';
import { outputVector, pointMeans, sweepCsv, type PointResult } from '../results/design-tables.js';
import { sensitivityReportData, sweepReportData } from '../results/report-data-from-runs.js';
import { sensitivityCsv, type SensitivityRow } from '../results/sensitivity-table.js';
import { RandomStream, replicationSeed } from '../rng/index.js';
import { gridFromSpecs, parseParamSpecs } from '../scenario/param-spec.js';
import {
  expandGrid, latinHypercube, morrisAnalyze, morrisDesign, saltelliDesign, sobolAnalyze,
  type ExperimentDesign, type MorrisDesign, type SaltelliDesign,
} from '../stats/index.js';
import { designContext, designRanges, runDesign, type DesignArgs } from './design-options.js';
import { readDesignShards, shardPoints, writeDesignShard } from '../montecarlo/design-shards.js';
import { scenarioDigest } from '../montecarlo/run-experiment.js';
import { isWhole, WHOLE, type Shard } from '../montecarlo/shard.js';
import { VERSION } from '../version.js';
import { writeCommitteeReport, type ReportArgs } from './report-options.js';

export const DEFAULT_INDICATORS = ['commercializations', 'revenueJpyM', 'linksAcademiaIndustry'];
export const DEFAULT_TRAJECTORIES = 10;
export const DEFAULT_SAMPLES = 64;
const BOOTSTRAP_RESAMPLES = 1000;

export type DesignSpec =
  | { command: 'sweep'; param: string[]; lhs?: number; replications: number; masterSeed: number }
  | {
      command: 'sensitivity';
      param: string[];
      method: 'morris' | 'sobol';
      trajectories: number;
      samples: number;
      indicators: string[];
      replications: number;
      masterSeed: number;
    };

export type BuiltDesign = ExperimentDesign<unknown> | MorrisDesign | SaltelliDesign;

/** The --indicators option as a list (default: DEFAULT_INDICATORS), every name checked. */
export function parseIndicators(text: string | undefined): string[] {
  const indicators = text ? text.split(',').map((s) => s.trim()) : DEFAULT_INDICATORS;
  for (const indicator of indicators) {
    if (!SUMMARY_COLUMNS.includes(indicator)) throw new InputError(messages.unknownIndicator(indicator, SUMMARY_COLUMNS));
  }
  return indicators;
}

/** The design's points, from the description alone: the same for every shard and for the merge. */
export function buildDesign(spec: DesignSpec): BuiltDesign {
  const specs = parseParamSpecs(spec.param);
  // The design's draws get their own streams, derived from the master seed like every other.
  const seed = replicationSeed(spec.masterSeed, 0);
  let design: BuiltDesign;
  if (spec.command === 'sweep') {
    design = spec.lhs !== undefined
      ? latinHypercube(spec.lhs, designRanges(specs, '--lhs'), RandomStream.derive(seed, 'design:lhs'))
      : expandGrid(gridFromSpecs(specs));
  } else {
    const ranges = designRanges(specs, `--method ${spec.method}`);
    design = spec.method === 'morris'
      ? morrisDesign({ ranges, trajectories: spec.trajectories, stream: RandomStream.derive(seed, 'design:morris') })
      : saltelliDesign({ ranges, baseSamples: spec.samples });
  }
  if (design.points.length === 0) throw new InputError(messages.emptyDesign(spec.command));
  return design;
}

/** Morris or Sobol indices of every indicator, each with its own bootstrap stream from the master seed. */
export function analyseSensitivity(spec: Extract<DesignSpec, { command: 'sensitivity' }>, design: BuiltDesign, results: PointResult[]): SensitivityRow[] {
  const seed = replicationSeed(spec.masterSeed, 0);
  const bootstrap = () => ({ resamples: BOOTSTRAP_RESAMPLES, stream: RandomStream.derive(seed, 'design:bootstrap') });
  return spec.indicators.flatMap((indicator): SensitivityRow[] => {
    const outputs = outputVector(results, indicator);
    const analysed = design as MorrisDesign | SaltelliDesign;
    if (analysed.method === 'morris') {
      return morrisAnalyze(analysed, outputs, { bootstrap: bootstrap() }).map((index) => ({ method: 'morris', indicator, index }));
    }
    return sobolAnalyze(analysed, outputs, { bootstrap: bootstrap() }).indices.map((index) => ({ method: 'sobol', indicator, index }));
  });
}

/**
 * The step after evaluating every point (results in run-id order): sweep.csv (and the report when every
 * value is numeric), or the sensitivity analysis, sensitivity.csv and its report. Returns the
 * sensitivity rows (none for a sweep).
 */
export async function finishDesign(
  dir: string,
  scenarioName: string,
  spec: DesignSpec,
  design: BuiltDesign,
  results: PointResult[],
  reportArgs: ReportArgs,
): Promise<SensitivityRow[]> {
  if (spec.command === 'sweep') {
    const path = join(dir, SWEEP_FILE);
    writeFileAtomic(path, sweepCsv(design.parameters, results));
    console.log(messages.designWritten('sweep', design.points.length, spec.replications, path));
    const numeric = design.points.every((p) => Object.values(p.values).every((v) => typeof v === 'number'));
    if (numeric) await writeCommitteeReport(dir, sweepReportData(scenarioName, spec.masterSeed, spec.replications, pointMeans(results)), reportArgs);
    return [];
  }
  const rows = analyseSensitivity(spec, design, results);
  const path = join(dir, SENSITIVITY_FILE);
  writeFileAtomic(path, sensitivityCsv(rows));
  console.log(messages.designWritten(`sensitivity (${spec.method})`, design.points.length, spec.replications, path));
  await writeCommitteeReport(dir, sensitivityReportData(scenarioName, spec.masterSeed, spec.replications, rows), reportArgs);
  return rows;
}

/**
 * Runs a design command: builds the design, evaluates its points (only the shard's with --shard k/N,
 * written as a design shard for merge-design) and finishes it as above.
 */
export async function runDesignCommand(args: DesignArgs & { shard?: Shard }, command: DesignSpec['command'], describe: (replications: number, masterSeed: number) => DesignSpec): Promise<SensitivityRow[]> {
  const shard = args.shard ?? WHOLE;
  parseParamSpecs(args.param); // a malformed spec fails before the scenario is loaded
  const context = designContext(args, command, shard);
  const { loaded, dir, progress } = context;
  try {
    const spec = describe(context.replications, context.masterSeed);
    const design = buildDesign(spec);
    if (isWhole(shard)) {
      const results = await runDesign(args, context, design.points);
      return await finishDesign(dir, loaded.scenario.name, spec, design, results, args);
    }
    const points = shardPoints<unknown>(design.points, shard);
    const results = await runDesign(args, context, points);
    writeDesignShard(dir, { scenario: loaded.scenario.name, scenarioDigest: scenarioDigest(loaded.scenario), spec, points: design.points.length, version: VERSION }, shard, results);
    console.log(messages.designShardWritten(command, points.length, design.points.length, `${shard.index}/${shard.count}`, spec.replications, dir));
    return [];
  } finally {
    progress.stop();
  }
}

/** `merge-design`: the shards' points reassembled in run-id order, then finished as on one machine. */
export async function mergeDesignCommand(shardDirs: string[], outDir: string, reportArgs: ReportArgs): Promise<void> {
  const { manifest, results } = readDesignShards(shardDirs);
  const spec = manifest.spec as DesignSpec;
  const design = buildDesign(spec);
  if (design.points.length !== results.length) throw new InputError(messages.mergeDesignIncomplete(shardDirs[0]));
  for (const point of results) point.values = design.points[point.runId].values;
  mkdirSync(outDir, { recursive: true });
  await finishDesign(outDir, manifest.scenario, spec, design, results, reportArgs);
  console.log(messages.designMerged(shardDirs.length, results.length, outDir));
}
