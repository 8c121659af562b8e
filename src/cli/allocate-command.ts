// `clustersim allocate <scenario> --budget <JPY M> --levers <spec> --objective <indicator...>`: searches
// lever settings within the budget (successive halving on paired replications) and prints the Pareto
// front; with --ensemble its robustness (expected, 10th percentile, minimax regret); with --compare
// two allocations side by side on paired replications, budget-neutral.
import { allocateMessages } from '../allocate/allocate-messages.js';
import { allocate } from '../experiments/allocate.js';
import { allocationLabel } from '../experiments/allocate-report.js';
import { compareAllocations, DEFAULT_COST_TOLERANCE } from '../experiments/allocate-compare.js';
import { InputError } from '../messages.js';
import { LANGS, type Lang } from '../report/index.js';
import { defineCommand } from './command-module.js';
import { optionNumber, shownOption } from './option-number.js';
import { positiveInteger, seedValue, withAllowPaths } from './options.js';
import { createProgress } from './progress.js';

function budgetValue(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const x = optionNumber(value);
  if (!(x > 0 && Number.isFinite(x))) throw new InputError(allocateMessages.badBudget(shownOption(value)));
  return x;
}

function toleranceValue(value: unknown): number {
  const x = optionNumber(value);
  if (!(x >= 0 && x < 1)) throw new InputError(allocateMessages.badCostTolerance(shownOption(value)));
  return x;
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '-');

export function allocateCommand() {
  return defineCommand(
    'allocate <scenario>',
    'Search lever settings within a budget: Pareto front with replication CIs, robustness across an ensemble',
    (y) =>
      withAllowPaths(y)
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file the levers are set in' })
        .option('levers', { type: 'string', describe: 'lever spec file (YAML): levers with path and min/max, or kind: switch; regions[*] = one lever per region (needed unless --compare)' })
        .option('budget', { type: 'string', describe: 'programme budget over the horizon, million yen (default: the spec\'s budgetJpyM)', coerce: budgetValue })
        .option('objective', { type: 'string', array: true, demandOption: true, describe: 'summary indicators to maximise (name:min to minimise), space- or comma-separated' })
        .option('ensemble', { type: 'string', describe: 'posterior.csv of calibrate --method abc: evaluate the front at every parameter set (regret)' })
        .option('candidates', { type: 'string', describe: 'candidate allocations: the scenario as given, then Sobol points (default 32)', coerce: positiveInteger('candidates') })
        .option('replications', { alias: 'r', type: 'string', describe: 'replications of every candidate in the first rung, doubling each rung (default 2, at least 2)', coerce: positiveInteger('replications') })
        .option('finalists', { type: 'string', describe: 'candidates left after the last rung (default 4)', coerce: positiveInteger('finalists') })
        .option('ensemble-replications', { type: 'string', describe: 'paired replications per allocation and parameter set (default 4)', coerce: positiveInteger('ensemble-replications') })
        .option('compare', { type: 'string', array: true, describe: 'two allocation scenario files (e.g. the allocation-*.yaml written here): paired, budget-neutral comparison instead of a search' })
        .option('cost-tolerance', { type: 'string', default: String(DEFAULT_COST_TOLERANCE), describe: 'with --compare: largest relative cost difference still budget-neutral', coerce: toleranceValue })
        .option('seed', { alias: 's', type: 'string', describe: 'master seed (default: the scenario\'s)', coerce: seedValue })
        .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'folder that receives the results' })
        .option('name', { type: 'string', describe: 'folder name under --out (default allocate-<scenario>)' })
        .option('workers', { alias: 'w', type: 'string', describe: 'worker threads (default: all cores; 1 runs in-process)', coerce: positiveInteger('workers') })
        .option('force', { type: 'boolean', default: false, describe: 'replace a finished allocation (or, with --compare, a finished comparison) in the folder' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress bar' })
        .option('lang', { type: 'string', choices: LANGS, default: 'en' as Lang, describe: 'language of report.html and summary.md (the front and regret tables, the charts)' })
        .example('$0 allocate scenarios/allocations/two-regions.yaml --levers scenarios/allocations/two-regions.levers.yaml --budget 6000 --objective commercializations revenueJpyM', 'the Pareto front of two objectives'),
    async (args) => {
      const objectives = args.objective.flatMap((o) => o.split(',')).map((o) => o.trim()).filter((o) => o !== '');
      if (args.compare) {
        if (args.compare.length !== 2) throw new InputError(allocateMessages.compareNeedsTwo(args.compare.length));
        const result = await compareAllocations({ a: args.compare[0], b: args.compare[1], objectives, replications: args.replications, seed: args.seed, costTolerance: args.costTolerance, name: args.name, force: args.force, allowPaths: args.allowPaths }, { outRoot: args.out, workers: args.workers });
        console.log(`allocate --compare: ${result.replications} paired replications; costs ${fixed(result.costA, 1)} and ${fixed(result.costB, 1)} million yen -> ${result.file}`);
        for (const r of result.rows) console.log(`  ${r.objective}: ${fixed(r.meanA)} vs ${fixed(r.meanB)}; B − A ${fixed(r.diff)} [${fixed(r.ciLow)}, ${fixed(r.ciHigh)}], p = ${r.pValue.toPrecision(2)}`);
        return;
      }
      if (args.levers === undefined) throw new InputError(allocateMessages.noLevers());
      const progress = createProgress('allocate', args.quiet);
      const spec = {
        scenario: args.scenario, levers: args.levers, budgetJpyM: args.budget, objectives, candidates: args.candidates, replications: args.replications,
        finalists: args.finalists, ensemble: args.ensemble, ensembleReplications: args.ensembleReplications, seed: args.seed, name: args.name, force: args.force, allowPaths: args.allowPaths,
        lang: args.lang,
      };
      const result = await allocate(spec, { outRoot: args.out, workers: args.workers, onProgress: (done, total) => progress.update(done, total) }).finally(() => progress.stop());
      const feasible = result.candidates.filter((c) => c.feasible).length;
      const duplicates = result.candidates.filter((c) => c.fate === 'duplicate').length;
      console.log(allocateMessages.searchWritten(result.candidates.length, feasible, duplicates, result.replicationsRun, result.front.length, result.dir));
      for (const r of result.rungs) console.log(allocateMessages.rungLine(r.rung, r.replications, r.evaluated, r.racedOut, r.kept));
      console.log(`Pareto front (${result.replications} paired replications each; mean [95% CI]; budget ${result.budgetJpyM} million yen):`);
      for (const p of result.front) {
        const cells = p.estimates.map((e, k) => `${result.objectives[k].label} ${fixed(e.mean)} [${fixed(e.ciLow)}, ${fixed(e.ciHigh)}]`).join('; ');
        console.log(`  ${allocationLabel(p.candidate)} cost ${fixed(p.cost.totalJpyM, 1)}: ${cells}`);
      }
      if (result.regret) {
        console.log(allocateMessages.regretWritten(new Set(result.regret.rows.map((r) => r.candidate)).size, result.regret.sets, result.regret.replications, `${result.dir}/regret.csv`));
        for (const r of result.regret.rows) {
          console.log(`  ${r.objective} ${allocationLabel(r.candidate)}${r.minimax ? ' (minimax regret)' : ''}: expected ${fixed(r.expected)}, 10th percentile ${fixed(r.p10)}, max regret ${fixed(r.maxRegret)}, best at ${fixed(r.bestShare)} of the weight`);
        }
        const leftOut = new Map(result.regret.rows.map((r) => [r.objective, r.setsLeftOut]));
        for (const [objective, sets] of leftOut) if (sets > 0) console.log(allocateMessages.setsLeftOut(objective, sets, result.regret.sets));
      }
    },
  );
}
