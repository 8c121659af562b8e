// report.html of a budget allocation: the Pareto front chart, the regret heatmap, and in the
// executive summary the front's table (means with CIs, paired differences from the scenario as given)
// and the regret table across the ensemble, through the report machinery every command uses.
import type { SummaryBlock } from '../report/executive-summary.js';
import { writeReport, type AllocationFrontRecord } from '../report/index.js';
import { VERSION } from '../version.js';
import type { AllocateResult } from './allocate.js';

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const interval = (mean: number, low: number, high: number) => `${fixed(mean)} [${fixed(low)}, ${fixed(high)}]`;

export function allocationLabel(candidate: number): string {
  return candidate === 0 ? '#0 (scenario)' : `#${candidate}`;
}

/** The front and the other finalists on the plane of the first two objectives (cost on x with one objective). */
function frontRecords(result: AllocateResult): AllocationFrontRecord[] {
  const { objectives, front, candidates } = result;
  const frontIds = new Set(front.map((p) => p.candidate));
  const finalists = candidates.filter((c) => c.fate === 'finalist');
  return finalists.map((c) => {
    const point = front.find((p) => p.candidate === c.index);
    const est = point?.estimates;
    const axis = (k: number) => ({ name: objectives[k].label, mean: c.means[k], low: est?.[k].ciLow ?? c.means[k], high: est?.[k].ciHigh ?? c.means[k] });
    const x = objectives.length > 1 ? axis(0) : { name: 'cost (JPY million)', mean: c.cost.totalJpyM, low: c.cost.totalJpyM, high: c.cost.totalJpyM };
    const y = objectives.length > 1 ? axis(1) : axis(0);
    return {
      allocation: allocationLabel(c.index), onFront: frontIds.has(c.index),
      xName: x.name, x: x.mean, xLow: x.low, xHigh: x.high, yName: y.name, y: y.mean, yLow: y.low, yHigh: y.high,
      costJpyM: c.cost.totalJpyM,
      levers: Object.entries(c.values).map(([path, v]) => `${path}=${typeof v === 'number' ? fixed(v) : String(v)}`).join('; '),
    };
  });
}

/** What Δ is measured from: the scenario as given, scaled to the budget when it was over it, or nothing when it does not fit. */
function referenceText(result: AllocateResult): string {
  const reference = result.candidates[0];
  if (!reference.feasible) return 'Δ is not given: the scenario as given does not fit the budget even with its budget levers at their minimum.';
  if (reference.repaired) return `Δ is the paired difference from the scenario as given with its budget levers scaled down to fit the budget (#0, ${fixed(reference.cost.totalJpyM, 0)} million yen).`;
  return 'Δ is the paired difference from the scenario as given.';
}

function summaryBlocks(result: AllocateResult): SummaryBlock[] {
  const { objectives, front, regret } = result;
  const blocks: SummaryBlock[] = [{
    id: 'summary-allocation-front',
    title: 'Pareto front of the allocations',
    paragraphs: [
      `${result.front.length} allocation(s) on the front of ${objectives.map((o) => o.label).join(', ')} within ${fixed(result.budgetJpyM, 0)} million yen, ` +
      `each from ${result.replications} replications with the same seeds; the interval is the 95% CI of the mean (replication noise only), ` +
      referenceText(result),
    ],
    table: {
      header: ['allocation', 'cost (JPY M)', ...objectives.flatMap((o) => [`${o.label} [95% CI]`, `Δ ${o.indicator} [95% CI]`])],
      rows: front.map((p) => [allocationLabel(p.candidate), fixed(p.cost.totalJpyM, 0), ...p.estimates.flatMap((e) => [interval(e.mean, e.ciLow, e.ciHigh), interval(e.diff, e.diffLow, e.diffHigh)])]),
    },
  }];
  if (regret) {
    blocks.push({
      id: 'summary-allocation-regret',
      title: 'Robustness across the calibrated ensemble',
      paragraphs: [
        `${regret.sets} parameter sets x ${regret.replications} paired replications per allocation. Expected and 10th percentile are weighted by the ensemble's weights; ` +
        'regret is the loss against the best of these allocations at each set, its maximum over the sets is the minimax criterion (*: least maximum regret).',
      ],
      table: {
        header: ['objective', 'allocation', 'cost (JPY M)', 'expected', '10th percentile', 'max regret', 'best at (weight)'],
        rows: regret.rows.map((r) => [r.objective, `${allocationLabel(r.candidate)}${r.minimax ? ' *' : ''}`, fixed(r.costJpyM, 0), fixed(r.expected), fixed(r.p10), fixed(r.maxRegret), fixed(r.bestShare)]),
      },
    });
  }
  return blocks;
}

/** Writes charts/ and report.html (English) into the allocation's folder; returns the paths written. */
export function writeAllocationReport(dir: string, result: AllocateResult, scenario: string, masterSeed: number): Promise<string[]> {
  const regretCells = result.regret?.cells.map((c) => ({
    objective: c.objective, allocation: allocationLabel(c.candidate), cluster: `best: ${allocationLabel(c.bestCandidate)} (${fixed(c.clusterWeight)})`, meanRegret: c.meanRegret,
  }));
  return writeReport(dir, {
    manifest: { scenarios: [scenario], masterSeed, replications: result.replications, version: VERSION },
    allocationFront: frontRecords(result),
    regretCells,
    extraBlocks: summaryBlocks(result),
  }, { lang: 'en', png: false });
}
