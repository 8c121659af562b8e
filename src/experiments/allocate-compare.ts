// Two allocations compared budget-neutrally: each costed ex ante, refused when their costs differ by
// more than a tolerance, then run on the same replication seeds (paired) with every run's ledger
// checked against its cost; per objective the paired difference B − A with its CI and p-value.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { allocateMessages } from '../allocate/allocate-messages.js';
import { objectiveUndefinedByDesign, parseObjectives, signedObjectives } from '../allocate/objectives.js';
import { ledgerProblems, programmeCost } from '../allocate/programme-cost.js';
import { CODE_HASH } from '../code-hash.js';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { csvRow } from '../io/csv.js';
import { makeFolder } from '../io/make-folder.js';
import { withFolderLock } from '../io/folder-lock.js';
import { digestRunFiles, MANIFEST_FILE, writeManifest, writeRunFile } from '../io/run-folder.js';
import { InputError } from '../messages.js';
import { evaluatePoints } from '../montecarlo/evaluate-points.js';
import { requireComparable } from '../results/comparison-checks.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { comparePaired } from '../stats/index.js';
import { VERSION } from '../version.js';
import { requireAllocateFolder, type AllocateFolderOwner } from './allocate-folder.js';
import { withExecutor } from './design-run.js';
import type { ExperimentOptions } from './experiment-options.js';

export const DEFAULT_COST_TOLERANCE = 0.02;
export const ALLOCATION_COMPARISON_FILE = 'allocation-comparison.csv';
/** What a comparison's folder holds: its manifest's command, and its table. */
export const ALLOCATION_COMPARISON_FOLDER: AllocateFolderOwner = { command: 'allocate --compare', marker: ALLOCATION_COMPARISON_FILE, what: 'allocation comparison' };

export interface CompareAllocationsSpec {
  a: string;
  b: string;
  objectives: string[];
  replications?: number;
  seed?: number;
  /** Largest |cost B − cost A| / max(cost A, cost B) still called budget-neutral. */
  costTolerance?: number;
  name?: string;
  /** Replace a finished comparison in the folder. */
  force?: boolean;
  allowPaths?: readonly string[];
}

export interface AllocationComparisonRow {
  objective: string;
  meanA: number;
  meanB: number;
  diff: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
}

export async function compareAllocations(spec: CompareAllocationsSpec, options: ExperimentOptions = {}) {
  const objectives = parseObjectives(spec.objectives);
  const [a, b] = [spec.a, spec.b].map((file) => loadScenario(file, { allowPaths: spec.allowPaths }).scenario);
  const [costA, costB] = [a, b].map(programmeCost);
  const tolerance = spec.costTolerance ?? DEFAULT_COST_TOLERANCE;
  if (Math.abs(costB.totalJpyM - costA.totalJpyM) > tolerance * Math.max(costA.totalJpyM, costB.totalJpyM)) {
    throw new InputError(allocateMessages.costMismatch(spec.a, costA.totalJpyM, spec.b, costB.totalJpyM, tolerance));
  }
  requireComparable([a, b].map((scenario, i) => ({
    name: scenario.name, source: [spec.a, spec.b][i], horizonQuarters: scenario.horizonQuarters, regionIds: scenario.regions.map((r) => r.id),
    startFiscalYear: scenario.startFiscalYear,
  })));
  [a, b].forEach((scenario, i) => {
    const never = objectiveUndefinedByDesign(objectives, scenario);
    if (never) throw new InputError(allocateMessages.objectiveNeverDefined(never.label, [spec.a, spec.b][i]));
  });
  const replications = spec.replications ?? a.replications;
  if (replications < 2) throw new InputError(allocateMessages.tooFewReplications(replications));
  const masterSeed = spec.seed ?? a.seed;
  // The folder is checked and locked before anything runs: a refusal costs nothing, and two comparisons never write one folder.
  const dir = join(options.outRoot ?? 'out', spec.name ?? `allocate-compare-${a.name}-${b.name}`);
  makeFolder(dir);
  requireAllocateFolder(dir, ALLOCATION_COMPARISON_FOLDER, spec.force ?? false);
  return withFolderLock(dir, { command: ALLOCATION_COMPARISON_FOLDER.command, onNotice: options.onNotice }, async () => {
    // Unfinished until the new manifest is written (replaced with --force).
    rmSync(join(dir, MANIFEST_FILE), { force: true });
    const runs = await withExecutor(options.workers, replications, async (executor) => {
      const out = [];
      for (const [i, scenario] of [a, b].entries()) {
        const [result] = await evaluatePoints(scenario, [{ runId: 0, values: {} }], { replications, masterSeed, executor, file: [spec.a, spec.b][i] });
        const cost = i === 0 ? costA : costB;
        const revenueShareFunded = scenario.policy.coreInstitution.enabled && scenario.policy.coreInstitution.revenueShare > 0;
        result.summaries.forEach((row, r) => {
          const at = (name: string) => row[SUMMARY_COLUMNS.indexOf(name)];
          const problems = ledgerProblems({ budgetAvailableJpyM: at('budgetAvailableJpyM'), budgetSpentJpyM: at('budgetSpentJpyM'), publicSpendJpyM: at('publicSpendJpyM'), ventureInvestmentJpyM: at('ventureInvestmentJpyM') }, cost, revenueShareFunded);
          if (problems.length > 0) throw new Error(allocateMessages.ledgerViolation([spec.a, spec.b][i], r, problems.join('; ')));
        });
        out.push(result.summaries.map((row, r) => {
          const values = signedObjectives(objectives, row);
          values.forEach((v, k) => {
            if (!Number.isFinite(v)) throw new InputError(allocateMessages.undefinedObjective(objectives[k].label, `replication ${r} of ${[spec.a, spec.b][i]}`));
          });
          return values;
        }));
      }
      return out;
    });
    const rows: AllocationComparisonRow[] = objectives.map((o, k) => {
      const c = comparePaired(runs[0].map((row) => o.sign * row[k]), runs[1].map((row) => o.sign * row[k]));
      return { objective: o.label, meanA: c.baselineMean, meanB: c.variantMean, diff: c.paired.meanDiff, ciLow: c.paired.ciLow, ciHigh: c.paired.ciHigh, pValue: c.paired.pValue };
    });
    const lines = [csvRow(['objective', 'allocationA', 'allocationB', 'costA_JpyM', 'costB_JpyM', 'replications', 'meanA', 'meanB', 'diffBminusA', 'ciLow', 'ciHigh', 'pValue'])];
    for (const r of rows) lines.push(csvRow([r.objective, spec.a, spec.b, costA.totalJpyM, costB.totalJpyM, replications, r.meanA, r.meanB, r.diff, r.ciLow, r.ciHigh, r.pValue]));
    const file = writeRunFile(dir, ALLOCATION_COMPARISON_FILE, lines.join(''));
    writeManifest(dir, {
      command: ALLOCATION_COMPARISON_FOLDER.command, version: VERSION, codeHash: CODE_HASH, scenarioFiles: [spec.a, spec.b], scenarios: [a, b],
      objectives: objectives.map((o) => o.label), masterSeed, replications, costsJpyM: [costA.totalJpyM, costB.totalJpyM], costTolerance: tolerance,
      files: digestRunFiles(dir, [ALLOCATION_COMPARISON_FILE]),
    });
    return { rows, costA: costA.totalJpyM, costB: costB.totalJpyM, replications, file, dir };
  });
}
