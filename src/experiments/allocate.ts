// Where should the money go: a budget allocation searched over a lever spec. Candidates (the
// scenario as given, then Sobol' points) are costed ex ante and repaired or refused when over the
// budget, raced by successive halving on common random numbers, and the Pareto front of the
// objectives is reported with replication CIs; with an ensemble, the front is evaluated at every
// parameter set with paired replications for its expected outcome, 10th percentile and minimax regret.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { allocateMessages } from '../allocate/allocate-messages.js';
import { buildCandidates, type Candidate, type LeverValues } from '../allocate/candidate-set.js';
import { readLeverSpec, resolveLevers, type Lever } from '../allocate/lever-spec.js';
import { objectiveUndefinedByDesign, parseObjectives, signedObjectives, type Objective } from '../allocate/objectives.js';
import { ledgerProblems, programmeCost, type ProgrammeCost } from '../allocate/programme-cost.js';
import { CODE_HASH } from '../code-hash.js';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { csvRow } from '../io/csv.js';
import { withFolderLock } from '../io/folder-lock.js';
import { makeFolder } from '../io/make-folder.js';
import { digestRunFiles, EXECUTIVE_SUMMARY_FILE, MANIFEST_FILE, REPORT_FILE, writeManifest, writeRunFile } from '../io/run-folder.js';
import { InputError } from '../messages.js';
import { evaluatePoints, scenarioForPoint } from '../montecarlo/evaluate-points.js';
import type { Executor } from '../montecarlo/executor.js';
import { calibratedScenarioYaml } from '../results/calibrated-scenario.js';
import type { Lang } from '../report/index.js';
import { readEnsemble } from '../results/ensemble-table.js';
import { loadScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';
import {
  clusterSetsByBest, halvingBudget, setsWithValues, nonDominatedRanks, objectiveMeans, pairedTTest, regretTable, successiveHalving, summarize,
  type CandidateFate, type RungReport,
} from '../stats/index.js';
import { VERSION } from '../version.js';
import { withExecutor } from './design-run.js';
import type { ExperimentOptions } from './experiment-options.js';
import { requireAllocateFolder, type AllocateFolderOwner } from './allocate-folder.js';
import { writeAllocationReport } from './allocate-report.js';

export const CANDIDATES_FILE = 'candidates.csv';
export const FRONT_FILE = 'front.csv';
export const REGRET_FILE = 'regret.csv';
export const REGRET_SETS_FILE = 'regret-sets.csv';
/** What a search's folder holds: its manifest's command, and the table no other folder has. */
export const ALLOCATE_FOLDER: AllocateFolderOwner = { command: 'allocate', marker: CANDIDATES_FILE, what: 'allocation' };
export const DEFAULT_CANDIDATES = 32;
export const DEFAULT_FIRST_RUNG_REPLICATIONS = 2;
export const DEFAULT_FINALISTS = 4;
export const DEFAULT_ENSEMBLE_REPLICATIONS = 4;
/** Front allocations taken to the ensemble (best first by the first objective), besides the reference. */
export const ENSEMBLE_ALLOCATIONS = 6;
/** Relative slack when an ensemble set's cost is checked against the budget (the same money summed in another order). */
const BUDGET_ROUNDING = 1e-9;
/** Significant digits to which two candidates' lever values must agree to be one allocation. */
const DUPLICATE_DIGITS = 9;

export interface AllocateSpec {
  scenario: string;
  /** Lever spec file (YAML or JSON). */
  levers: string;
  /** Budget over the horizon, million yen (default: the spec's budgetJpyM). */
  budgetJpyM?: number;
  /** summary.csv columns, maximised; `name:min` minimises. */
  objectives: string[];
  candidates?: number;
  /** Replications of every candidate in the first rung (doubling each rung). */
  replications?: number;
  finalists?: number;
  /** posterior.csv of an ensemble calibration. */
  ensemble?: string;
  ensembleReplications?: number;
  seed?: number;
  name?: string;
  /** Replace a finished allocation in the folder. */
  force?: boolean;
  /** Language of report.html and summary.md (default English). */
  lang?: Lang;
  allowPaths?: readonly string[];
}

export interface CandidateResult extends Candidate {
  fate: CandidateFate | 'infeasible' | 'duplicate';
  /** The earlier candidate with the same lever values (after rounding and repair), which ran in its place. */
  duplicateOf?: number;
  /** Replications run (0 when infeasible or a duplicate). */
  replications: number;
  /** Per objective: the indicator's mean over the replications run (NaN when none). */
  means: number[];
}

export interface ObjectiveEstimate {
  mean: number;
  ciLow: number;
  ciHigh: number;
  /** Paired difference from the scenario as given (this − reference), its 95% CI. */
  diff: number;
  diffLow: number;
  diffHigh: number;
}

export interface FrontPoint {
  candidate: number;
  values: LeverValues;
  cost: ProgrammeCost;
  estimates: ObjectiveEstimate[];
  /** The runnable scenario file written for it. */
  file: string;
}

export interface RegretRow {
  objective: string;
  candidate: number;
  costJpyM: number;
  expected: number;
  p10: number;
  maxRegret: number;
  /** Share of the weight of the sets in this objective's table at which it is the best of the allocations compared. */
  bestShare: number;
  minimax: boolean;
  /** Sets left out of this objective's table because some allocation's value there is empty. */
  setsLeftOut: number;
}

export interface RegretCell {
  objective: string;
  candidate: number;
  /** The sets' cluster: the allocation best at them. */
  bestCandidate: number;
  clusterWeight: number;
  meanRegret: number;
}

export interface AllocateResult {
  dir: string;
  budgetJpyM: number;
  objectives: Objective[];
  levers: Lever[];
  candidates: CandidateResult[];
  rungs: RungReport[];
  /** Replications of every finalist and front point. */
  replications: number;
  front: FrontPoint[];
  regret?: { rows: RegretRow[]; cells: RegretCell[]; sets: number; replications: number };
  replicationsRun: number;
  /** Every replication run was checked against its costed ledger: how many, and the largest share of its cost it spent. */
  ledger: { checked: number; largestSpendShare: number };
  files: string[];
}

/** The scenario name of a front allocation's file. */
export function allocationName(candidate: number): string {
  return `allocation-${candidate}`;
}

export async function allocate(spec: AllocateSpec, options: ExperimentOptions = {}): Promise<AllocateResult> {
  const objectives = parseObjectives(spec.objectives);
  const loaded = loadScenario(spec.scenario, { allowPaths: spec.allowPaths });
  const base = loaded.scenario;
  const leverSpec = readLeverSpec(spec.levers);
  const budgetJpyM = spec.budgetJpyM ?? leverSpec.budgetJpyM;
  if (budgetJpyM === undefined) throw new InputError(allocateMessages.noBudget(spec.levers));
  if (!(budgetJpyM > 0 && Number.isFinite(budgetJpyM))) throw new InputError(allocateMessages.badBudget(String(budgetJpyM)));
  const levers = resolveLevers(leverSpec, base);
  const ensemble = spec.ensemble ? readEnsemble(spec.ensemble) : undefined;
  for (const path of ensemble?.parameters ?? []) {
    if (levers.some((l) => l.path === path)) throw new InputError(allocateMessages.ensembleSetsLever(spec.ensemble!, path));
  }
  const setPoints = (ensemble?.sets ?? []).map((s, i) => ({ runId: i, values: Object.fromEntries(ensemble!.parameters.map((p, j) => [p, s.values[j]])) }));
  if (ensemble) {
    // Before the search: a set that moves the money (a budget or venture parameter) is refused now, not after hours of racing.
    const baseCost = programmeCost(base).totalJpyM;
    setPoints.forEach((point, s) => {
      const cost = programmeCost(scenarioForPoint(base, point, spec.scenario)).totalJpyM;
      if (Math.abs(cost - baseCost) > BUDGET_ROUNDING * Math.max(1, baseCost)) throw new InputError(allocateMessages.ensembleChangesCost(spec.ensemble!, s, cost, baseCost));
    });
  }
  const masterSeed = spec.seed ?? base.seed;
  const initialReplications = spec.replications ?? DEFAULT_FIRST_RUNG_REPLICATIONS;
  if (!(Number.isInteger(initialReplications) && initialReplications >= 2)) throw new InputError(allocateMessages.tooFewReplications(initialReplications));
  const finalists = spec.finalists ?? DEFAULT_FINALISTS;
  const ensembleReplications = spec.ensembleReplications ?? DEFAULT_ENSEMBLE_REPLICATIONS;

  const scenarioOf = (values: LeverValues, runId: number): Scenario => scenarioForPoint(base, { runId, values }, spec.scenario);
  const candidates = buildCandidates(levers, base, spec.candidates ?? DEFAULT_CANDIDATES, budgetJpyM, (values) => programmeCost(scenarioOf(values, 0)));
  const duplicateOf = duplicateCandidates(candidates, levers);
  const feasible = candidates.filter((c) => c.feasible && duplicateOf[c.index] === undefined);
  if (feasible.length === 0) {
    const cheapest = Math.min(...candidates.map((c) => c.cost.totalJpyM));
    throw new InputError(allocateMessages.noFeasibleCandidate(candidates.length, budgetJpyM, cheapest));
  }
  // An objective empty by design (funding to the horizon) is refused before the search, not at the first replication of that candidate hours in.
  for (const c of feasible) {
    const never = objectiveUndefinedByDesign(objectives, scenarioOf(c.values, c.index));
    if (never) throw new InputError(allocateMessages.objectiveNeverDefined(never.label, `candidate ${c.index}${c.index === 0 ? ' (the scenario as given)' : ''}`));
  }

  const dir = join(options.outRoot ?? 'out', spec.name ?? `allocate-${base.name}`);
  makeFolder(dir);
  requireAllocateFolder(dir, ALLOCATE_FOLDER, spec.force ?? false);
  return withFolderLock(dir, { command: 'allocate', onNotice: options.onNotice }, async () => {
    removePreviousAllocation(dir);
    let done = 0;
    const ledger = { checked: 0, largestSpendShare: 0 };
    const searchTotal = halvingBudget(feasible.length, { initialReplications, finalists });
    const ensembleTotal = ensemble ? (ENSEMBLE_ALLOCATIONS + 1) * ensemble.sets.length * ensembleReplications : 0;
    const total = searchTotal + ensembleTotal;

    /** Summary rows of candidates' replications, each checked against the costed ledger. */
    const run = async (executor: Executor, scenario: Scenario, points: { runId: number; values: Record<string, unknown> }[], first: number, count: number, label: (runId: number) => string, costs: ProgrammeCost[]) => {
      const before = done;
      const results = await evaluatePoints(scenario, points, {
        replications: count, firstReplication: first, masterSeed, executor, file: spec.scenario,
        onProgress: (d) => options.onProgress?.(Math.min(total, before + d), Math.max(total, before + d)),
      });
      done = before + points.length * count;
      results.forEach((result, p) => {
        const revenueShareFunded = scenario.policy.coreInstitution.enabled && scenario.policy.coreInstitution.revenueShare > 0;
        result.summaries.forEach((row, r) => {
          const problems = ledgerProblems(ledgerRow(row), costs[p], revenueShareFunded);
          if (problems.length > 0) throw new Error(allocateMessages.ledgerViolation(label(points[p].runId), first + r, problems.join('; ')));
          const spent = ledgerRow(row);
          ledger.checked++;
          if (costs[p].totalJpyM > 0) ledger.largestSpendShare = Math.max(ledger.largestSpendShare, (spent.publicSpendJpyM + spent.ventureInvestmentJpyM) / costs[p].totalJpyM);
        });
      });
      return results;
    };

    const signed = (runId: number, first: number, rows: Float64Array[]) => rows.map((row, r) => {
      const values = signedObjectives(objectives, row);
      values.forEach((v, k) => {
        if (!Number.isFinite(v)) throw new InputError(allocateMessages.undefinedObjective(objectives[k].label, `replication ${first + r} of candidate ${runId}`));
      });
      return values;
    });

    return withExecutor(options.workers, initialReplications, async (executor) => {
      const search = await successiveHalving(feasible.length, async (ids, first, count) => {
        const points = ids.map((i) => ({ runId: feasible[i].index, values: feasible[i].values }));
        const results = await run(executor, base, points, first, count, (c) => `candidate ${c}`, ids.map((i) => feasible[i].cost));
        return results.map((result) => signed(result.runId, first, result.summaries));
      }, { initialReplications, finalists });

      const values: number[][][] = candidates.map(() => []);
      feasible.forEach((c, i) => (values[c.index] = search.values[i]));
      const replications = values[feasible[search.finalists[0]].index].length;
      // The reference (the scenario as given) runs as many replications as the finalists, for paired differences.
      const reference = candidates[0];
      if (reference.feasible && values[0].length < replications) {
        const first = values[0].length;
        const [result] = await run(executor, base, [{ runId: 0, values: reference.values }], first, replications - first, () => 'the scenario as given', [reference.cost]);
        values[0].push(...signed(0, first, result.summaries));
      }
      const fateOf = new Map(feasible.map((c, i) => [c.index, search.fate[i]]));
      const results: CandidateResult[] = candidates.map((c) => ({
        ...c,
        fate: fateOf.get(c.index) ?? (duplicateOf[c.index] !== undefined ? 'duplicate' : 'infeasible'),
        duplicateOf: duplicateOf[c.index],
        replications: values[c.index].length,
        means: values[c.index].length > 0 ? objectiveMeans(values[c.index]).map((m, k) => objectives[k].sign * m) : objectives.map(() => NaN),
      }));

      const finalistIds = search.finalists.map((i) => feasible[i].index);
      const ranks = nonDominatedRanks(finalistIds.map((c) => objectiveMeans(values[c])));
      const frontIds = finalistIds.filter((_, i) => ranks[i] === 0)
        .sort((a, b) => objectiveMeans(values[b])[0] - objectiveMeans(values[a])[0] || a - b);
      const front: FrontPoint[] = frontIds.map((c) => {
        const file = join(dir, `${allocationName(c)}.yaml`);
        return { candidate: c, values: candidates[c].values, cost: candidates[c].cost, estimates: estimates(values[c], values[0], objectives), file };
      });

      const files: string[] = [];
      for (const point of front) {
        const fitted = scenarioOf(point.values, point.candidate);
        const comment = `Allocation ${point.candidate} of clustersim allocate (${VERSION}) on ${spec.scenario} with ${spec.levers}: cost ${point.cost.totalJpyM.toFixed(1)} of ${budgetJpyM} million yen; on the Pareto front of ${objectives.map((o) => o.label).join(', ')}.`;
        files.push(writeRunFile(dir, `${allocationName(point.candidate)}.yaml`, calibratedScenarioYaml(spec.scenario, point.file, fitted, levers.map((l) => l.path), comment, `-${allocationName(point.candidate)}`)));
      }

      let regret: AllocateResult['regret'];
      if (ensemble) {
        const chosen = [...frontIds.slice(0, ENSEMBLE_ALLOCATIONS)];
        if (reference.feasible && !chosen.includes(0)) chosen.push(0);
        // values[a][k][s]: allocation a's mean of objective k (signed) at set s, paired replications 0..n−1.
        const atSets: number[][][] = [];
        // Every allocation's cost at every set, checked against the budget before any set runs.
        const costsAt = chosen.map((c) => {
          const scenario = scenarioOf(candidates[c].values, c);
          return setPoints.map((p) => programmeCost(scenarioForPoint(scenario, p, spec.scenario)));
        });
        chosen.forEach((c, a) => costsAt[a].forEach((cost, s) => {
          if (cost.totalJpyM > budgetJpyM * (1 + BUDGET_ROUNDING)) throw new InputError(allocateMessages.ensembleOverBudget(spec.ensemble!, allocationName(c), s, cost.totalJpyM, budgetJpyM));
        }));
        for (const [a, c] of chosen.entries()) {
          const scenario = scenarioOf(candidates[c].values, c);
          const costs = costsAt[a];
          const results = await run(executor, scenario, setPoints, 0, ensembleReplications, (s) => `allocation ${c} at parameter set ${s}`, costs);
          // An objective empty in a replication at a set (e.g. sustainability where activity died
          // while funded) makes the set's mean empty: that set leaves that objective's table (below).
          const perSet = results.map((result) => objectiveMeans(result.summaries.map((row) => signedObjectives(objectives, row))));
          atSets.push(objectives.map((_, k) => perSet.map((m) => m[k])));
        }
        const table = regretRows(chosen, atSets, ensemble.sets.map((s) => s.weight), objectives, candidates);
        regret = { ...table, sets: ensemble.sets.length, replications: ensembleReplications };
        files.push(writeRunFile(dir, REGRET_FILE, regretCsv(regret.rows)));
        files.push(writeRunFile(dir, REGRET_SETS_FILE, regretSetsCsv(chosen, atSets, ensemble.sets.map((s) => s.weight), objectives)));
      }

      files.unshift(
        writeRunFile(dir, CANDIDATES_FILE, candidatesCsv(results, levers, objectives)),
        writeRunFile(dir, FRONT_FILE, frontCsv(front, levers, objectives, replications)),
      );
      const result: AllocateResult = { dir, budgetJpyM, objectives, levers, candidates: results, rungs: search.rungs, replications, front, regret, replicationsRun: done, ledger, files };
      files.push(...(await writeAllocationReport(dir, result, base.name, masterSeed, spec.lang)));
      writeManifest(dir, {
        command: 'allocate', version: VERSION, codeHash: CODE_HASH, scenario: base, scenarioFile: spec.scenario, leverSpec: leverSpec,
        budgetJpyM, objectives: objectives.map((o) => o.label), masterSeed, candidates: candidates.length, feasible: candidates.filter((c) => c.feasible).length, duplicates: duplicateOf.filter((d) => d !== undefined).length,
        firstRungReplications: initialReplications, finalists, rungs: search.rungs, replicationsRun: done, ledger,
        ensemble: spec.ensemble ?? null, ensembleReplications: ensemble ? ensembleReplications : null,
        files: digestRunFiles(dir, files.map((f) => f.slice(dir.length + 1)).filter((name) => !name.includes('/'))),
      });
      return result;
    });
  });
}

/**
 * Removes what an earlier allocation wrote into the folder (replaced with --force, or left by an
 * interrupted run), so its regret tables or front scenarios never stand beside a new search's.
 * The manifest goes first: the folder is unfinished until the new one is written.
 */
function removePreviousAllocation(dir: string): void {
  // The tables last: while any remains, the folder still reads as an allocation's (see the check of another command's folder).
  for (const name of [MANIFEST_FILE, REPORT_FILE, EXECUTIVE_SUMMARY_FILE, FRONT_FILE, REGRET_FILE, REGRET_SETS_FILE, CANDIDATES_FILE]) rmSync(join(dir, name), { force: true });
  for (const name of readdirSync(dir)) if (/^allocation-\d+\.yaml$/.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * Per candidate, the earlier feasible candidate with the same lever values, if any: integer levers
 * and switches round Sobol' points together, and repair can scale two points to one. A duplicate is
 * not run (it would take a second place on the front for one allocation and halve nothing).
 */
function duplicateCandidates(candidates: readonly Candidate[], levers: readonly Lever[]): (number | undefined)[] {
  const firstWith = new Map<string, number>();
  return candidates.map((c) => {
    if (!c.feasible) return undefined;
    // To 9 significant digits: repair's bisection leaves two scalings to one budget 2^-40 apart.
    const key = JSON.stringify(levers.map((l) => {
      const v = c.values[l.path];
      return typeof v === 'number' ? Number(v.toPrecision(DUPLICATE_DIGITS)) : v;
    }));
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, c.index);
    return first;
  });
}

function ledgerRow(row: Float64Array) {
  const at = (name: string) => row[SUMMARY_COLUMNS.indexOf(name)];
  return { budgetAvailableJpyM: at('budgetAvailableJpyM'), budgetSpentJpyM: at('budgetSpentJpyM'), publicSpendJpyM: at('publicSpendJpyM'), ventureInvestmentJpyM: at('ventureInvestmentJpyM') };
}

/** Mean and t interval per objective, and the paired difference from the reference when it has the same replications. */
function estimates(own: number[][], reference: number[][], objectives: readonly Objective[]): ObjectiveEstimate[] {
  return objectives.map((o, k) => {
    const x = own.map((row) => o.sign * row[k]);
    const s = summarize(x);
    const paired = reference.length === x.length ? pairedTTest(reference.map((row) => o.sign * row[k]), x) : undefined;
    return { mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh, diff: paired?.meanDiff ?? NaN, diffLow: paired?.ciLow ?? NaN, diffHigh: paired?.ciHigh ?? NaN };
  });
}

function regretRows(chosen: number[], atSets: number[][][], weights: number[], objectives: readonly Objective[], candidates: readonly Candidate[]) {
  const rows: RegretRow[] = [];
  const cells: RegretCell[] = [];
  objectives.forEach((o, k) => {
    const { values, weights: kept, leftOut } = setsWithValues(chosen.map((_, a) => atSets[a][k]), weights);
    if (leftOut === weights.length) throw new InputError(allocateMessages.objectiveEmptyAtEverySet(o.label, weights.length));
    const table = regretTable(values, kept);
    const clusters = clusterSetsByBest(table.bestAt, kept);
    // Shares of the weight of the sets in this objective's table (all of them unless some were left out).
    const keptWeight = kept.reduce((sum, w) => sum + w, 0);
    chosen.forEach((c, a) => {
      const bestShare = (clusters.find((cl) => cl.allocation === a)?.weight ?? 0) / keptWeight;
      rows.push({
        objective: o.label, candidate: c, costJpyM: candidates[c].cost.totalJpyM,
        expected: o.sign * table.expected[a], p10: o.sign * table.p10[a], maxRegret: table.maxRegret[a], bestShare, minimax: table.minimaxChoice === a,
        setsLeftOut: leftOut,
      });
      for (const cluster of clusters) {
        const meanRegret = cluster.sets.reduce((sum, s) => sum + weights[s] * table.regret[a][s], 0) / cluster.weight;
        cells.push({ objective: o.label, candidate: c, bestCandidate: chosen[cluster.allocation], clusterWeight: cluster.weight / keptWeight, meanRegret });
      }
    });
  });
  return { rows, cells };
}

function candidatesCsv(results: readonly CandidateResult[], levers: readonly Lever[], objectives: readonly Objective[]): string {
  const lines = [csvRow(['candidate', 'origin', 'feasible', 'repaired', 'costJpyM', 'budgetCostJpyM', 'ventureCostJpyM', ...levers.map((l) => l.path), 'fate', 'duplicateOf', 'replications', ...objectives.map((o) => `mean_${o.indicator}`)])];
  for (const c of results) {
    lines.push(csvRow([c.index, c.origin, c.feasible ? 1 : 0, c.repaired ? 1 : 0, c.cost.totalJpyM, c.cost.budgetJpyM, c.cost.ventureJpyM, ...levers.map((l) => leverCell(c.values[l.path])), c.fate, c.duplicateOf ?? '', c.replications, ...c.means]));
  }
  return lines.join('');
}

function leverCell(value: number | boolean): number | string {
  return typeof value === 'boolean' ? String(value) : value;
}

function frontCsv(front: readonly FrontPoint[], levers: readonly Lever[], objectives: readonly Objective[], replications: number): string {
  const perObjective = (o: Objective) => [`${o.indicator}_mean`, `${o.indicator}_ciLow`, `${o.indicator}_ciHigh`, `${o.indicator}_diffFromScenario`, `${o.indicator}_diffCiLow`, `${o.indicator}_diffCiHigh`];
  const lines = [csvRow(['candidate', 'costJpyM', 'replications', ...levers.map((l) => l.path), ...objectives.flatMap(perObjective), 'file'])];
  for (const p of front) {
    const cells = p.estimates.flatMap((e) => [e.mean, e.ciLow, e.ciHigh, e.diff, e.diffLow, e.diffHigh]);
    lines.push(csvRow([p.candidate, p.cost.totalJpyM, replications, ...levers.map((l) => leverCell(p.values[l.path])), ...cells, `${allocationName(p.candidate)}.yaml`]));
  }
  return lines.join('');
}

function regretCsv(rows: readonly RegretRow[]): string {
  const lines = [csvRow(['objective', 'candidate', 'costJpyM', 'expected', 'p10', 'maxRegret', 'bestShare', 'minimaxChoice', 'setsLeftOut'])];
  for (const r of rows) lines.push(csvRow([r.objective, r.candidate, r.costJpyM, r.expected, r.p10, r.maxRegret, r.bestShare, r.minimax ? 1 : 0, r.setsLeftOut]));
  return lines.join('');
}

function regretSetsCsv(chosen: number[], atSets: number[][][], weights: number[], objectives: readonly Objective[]): string {
  const lines = [csvRow(['objective', 'candidate', 'set', 'weight', 'mean', 'regret'])];
  objectives.forEach((o, k) => {
    const { values, weights: kept } = setsWithValues(chosen.map((_, a) => atSets[a][k]), weights);
    if (kept.every((w) => w === 0)) return;
    const table = regretTable(values, kept);
    // A set left out (the objective empty there for some allocation) keeps its mean, with an empty regret.
    chosen.forEach((c, a) => weights.forEach((w, s) => lines.push(csvRow([o.label, c, s, w, o.sign * atSets[a][k][s], kept[s] > 0 || w === 0 ? table.regret[a][s] : NaN]))));
  });
  return lines.join('');
}

