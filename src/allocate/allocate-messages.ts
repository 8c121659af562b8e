// The messages of budget allocation (clustersim allocate): its lever spec, budget, objectives,
// ledger checks and results, in one place like the others (messages.ts, stats-messages.ts).

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const allocateMessages = {
  specNotMapping: (file: string) => `${file}: a lever spec is a mapping with 'levers:' (a list) and optionally 'budgetJpyM:'`,
  specUnknownKey: (file: string, where: string, key: string, known: readonly string[], nearest?: string) =>
    `${file}: ${where}: unknown key '${key}'${nearest ? ` (did you mean '${nearest}'?)` : ''}; known: ${known.join(', ')}`,
  specNoLevers: (file: string) => `${file}: 'levers:' must be a non-empty list of levers, each with a 'path:'`,
  specBadEntry: (file: string, index: number, problem: string) => `${file}: levers[${index}]: ${problem}`,
  specRepeatedPath: (file: string, path: string) => `${file}: the lever ${path} is given twice (after expanding regions[*])`,
  specTooManyLevers: (file: string, count: number, max: number) =>
    `${file}: ${count} decision variables after expanding regions[*]; the candidate design supports at most ${max}`,
  leverOutOfSchema: (file: string, index: number, path: string, bound: string, value: number, problem: string) =>
    `${file}: levers[${index}] (${path}): its ${bound} ${value} is not a valid value there:\n${problem}`,
  leverNotSwitch: (file: string, index: number, path: string, found: string) =>
    `${file}: levers[${index}] (${path}): kind 'switch' needs an on/off (true/false) field, but the scenario has ${found} there`,
  leverNotNumber: (file: string, index: number, path: string, found: string) =>
    `${file}: levers[${index}] (${path}): an amount lever needs a numeric field, but the scenario has ${found} there; use kind: switch for on/off`,
  specUnreadable: (file: string, reason: string) => `${file}: not a readable lever spec (${reason})`,
  specBadBudget: (file: string, value: string) => `${file}: budgetJpyM: expected a number of million yen above 0, got ${value}`,
  folderFinished: (dir: string, what: string) => `${dir}: holds a finished ${what}; give --force to replace it, or another --out or --name`,
  folderOfAnotherCommand: (dir: string, what: string) =>
    `${dir}: holds the results of another clustersim command (a manifest.json or report.html that is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}'s); allocate never writes over them, even with --force: give another --out or --name`,
  noLevers: () => 'allocate: give --levers <spec.yaml> (the levers to search), or --compare <a.yaml> <b.yaml> to compare two allocations',
  compareNeedsTwo: (count: number) => `--compare: expected two allocation scenario files, got ${count}`,
  badCostTolerance: (value: string) => `--cost-tolerance: expected a share of the cost from 0 to below 1 (0.02 = 2%), got ${value}`,
  badBudget: (value: string) => `--budget: expected the programme's budget in million yen, a number above 0, got ${value}`,
  noBudget: (file: string) => `allocate: no budget; give --budget <million yen> or 'budgetJpyM:' in ${file}`,
  unknownObjective: (name: string, nearest: string | undefined, known: readonly string[]) =>
    `--objective: unknown indicator '${name}'${nearest ? `; did you mean '${nearest}'?` : ''} (known: ${known.join(', ')}; add :min to minimise one)`,
  repeatedObjective: (name: string) => `--objective: '${name}' is given twice`,
  noObjective: () => '--objective: give at least one summary indicator to maximise (name:min to minimise one), e.g. --objective commercializations',
  tooFewReplications: (value: number) =>
    `--replications: expected at least 2 replications per candidate (paired intervals need two), got ${value}`,
  undefinedObjective: (objective: string, run: string) =>
    `allocate: the objective ${objective} is undefined (empty) in ${run}, and an allocation is never ranked on a value it does not have; ` +
    `sustainability and commercializationSustainability need the programme's funding to end before the horizon ` +
    `(the latter also needs commercialisations while funded): lengthen the horizon, or choose another objective`,
  objectiveNeverDefined: (objective: string, what: string) =>
    `allocate: the objective ${objective} would be empty in every replication of ${what}: its funding runs to the horizon (or never starts), ` +
    `and ${objective} compares the quarters after the funding ends with the funded ones; lengthen the horizon beyond the funding, ` +
    `narrow the levers that lengthen the funding, or choose another objective`,
  noFeasibleCandidate: (candidates: number, budgetJpyM: number, cheapestJpyM: number) =>
    `allocate: none of the ${candidates} candidates fits the budget of ${budgetJpyM} million yen, even with its budget levers scaled to their minimum ` +
    `(the cheapest costs ${cheapestJpyM.toFixed(1)} million yen); raise --budget or lower the levers' min`,
  ledgerViolation: (candidate: string, replication: number, problem: string) =>
    `allocate: the costed ledger of replication ${replication} of ${candidate} breaks the budget: ${problem}. This is a bug in clustersim; please report it with the scenario and lever spec.`,
  costMismatch: (a: string, costA: number, b: string, costB: number, tolerance: number) =>
    `allocate --compare: ${a} costs ${costA.toFixed(1)} and ${b} costs ${costB.toFixed(1)} million yen, more than ${(tolerance * 100).toFixed(1)}% apart, ` +
    `so the comparison would not be budget-neutral; equalise their budgets or raise --cost-tolerance`,
  searchWritten: (candidates: number, feasible: number, duplicates: number, evaluated: number, front: number, file: string) =>
    `allocate: ${plural(candidates, 'candidate')} (${feasible} within the budget${duplicates > 0 ? `, ${duplicates} of them the same allocation as an earlier one, not run` : ''}), ` +
    `${plural(evaluated, 'replication')} run; ${plural(front, 'allocation')} on the Pareto front -> ${file}`,
  rungLine: (rung: number, replications: number, evaluated: number, racedOut: number, kept: number) =>
    `  rung ${rung}: ${evaluated} candidates x ${replications} paired replications; ${racedOut} raced out (dominated), ${kept} kept`,
  ensembleSetsLever: (file: string, path: string) =>
    `--ensemble ${file}: its parameter ${path} is one of the levers; the ensemble would overwrite the allocation it is meant to test (leave the lever out of the spec, or the column out of the ensemble)`,
  ensembleChangesCost: (file: string, set: number, costJpyM: number, baseJpyM: number) =>
    `--ensemble ${file}: parameter set ${set} changes what the scenario as given costs (${costJpyM.toFixed(1)} instead of ${baseJpyM.toFixed(1)} million yen); ` +
    'an ensemble of model parameters must not change what an allocation costs (leave the cost-bearing policy parameters out of it)',
  ensembleOverBudget: (file: string, candidate: string, set: number, costJpyM: number, budgetJpyM: number) =>
    `--ensemble ${file}: at parameter set ${set}, ${candidate} costs ${costJpyM.toFixed(1)} million yen, over the budget of ${budgetJpyM} million yen; ` +
    'an ensemble of model parameters must not change what an allocation costs (leave the cost-bearing policy parameters out of it)',
  setsLeftOut: (objective: string, leftOut: number, sets: number) =>
    `allocate --ensemble: ${objective} is empty for some allocation at ${plural(leftOut, 'parameter set')} of ${sets} ` +
    `(e.g. no activity while funded, so nothing to compare after); those sets are left out of its regret table (setsLeftOut in regret.csv)`,
  objectiveEmptyAtEverySet: (objective: string, sets: number) =>
    `allocate --ensemble: ${objective} is empty for some allocation at every one of the ${sets} parameter sets, so no set can rank the allocations on it; choose another objective`,
  regretWritten: (allocations: number, sets: number, replications: number, file: string) =>
    `allocate --ensemble: ${plural(allocations, 'allocation')} x ${plural(sets, 'parameter set')} x ${plural(replications, 'paired replication')} -> ${file}`,
} as const;
