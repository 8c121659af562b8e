// What a sweep or sensitivity analysis is, as data: the command, its parameter specs and method, the
// replications and master seed. The design is rebuilt from this description alone (deterministic), so
// every shard of a design and the merge that reassembles it build exactly the same points, and the step
// after evaluation (tables, analysis) is the same for one machine and for merged shards.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { InputError, messages } from '../messages.js';
import { outputVector, type PointResult } from '../results/design-tables.js';
import type { SensitivityRow } from '../results/sensitivity-table.js';
import { RandomStream, replicationSeed } from '../rng/index.js';
import { isIntegerField } from '../scenario/integer-fields.js';
import { gridFromSpecs, parseParamSpecs, rangesFromSpecs, type ParamSpec } from '../scenario/param-spec.js';
import {
  expandGrid, latinHypercube, morrisAnalyze, morrisDesign, saltelliDesign, sobolAnalyze,
  type ExperimentDesign, type MorrisDesign, type ParameterRange, type SaltelliDesign,
} from '../stats/index.js';

export const DEFAULT_INDICATORS = ['commercializations', 'revenueJpyM', 'linksAcademiaIndustry'];
export const DEFAULT_TRAJECTORIES = 10;
export const DEFAULT_SAMPLES = 64;
const BOOTSTRAP_RESAMPLES = 1000;

/** The persisted description (a design shard's design.json holds it; keep its fields and their order). */
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

/** The indicators to analyse (default: DEFAULT_INDICATORS), every name checked against the summary columns. */
export function checkIndicators(indicators: readonly string[] = DEFAULT_INDICATORS): string[] {
  for (const indicator of indicators) {
    if (!SUMMARY_COLUMNS.includes(indicator)) throw new InputError(messages.unknownIndicator(indicator, SUMMARY_COLUMNS));
  }
  return [...indicators];
}

/** Ranges of `lo:hi` specs; integer fields (agent counts, quarters) are sampled as whole numbers. */
export function designRanges(specs: readonly ParamSpec[], method: string): ParameterRange[] {
  return rangesFromSpecs(specs, method).map((r) => ({ ...r, integer: isIntegerField(r.path) }));
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
