// report.html of a budget allocation: the Pareto front chart, the regret heatmap, and in the
// executive summary the front's table (means with CIs, paired differences from the scenario as given)
// and the regret table across the ensemble, through the report machinery every command uses.
import type { Objective } from '../allocate/objectives.js';
import type { SummaryBlock } from '../report/executive-summary.js';
import { labelsFor, writeReport, type AllocationFrontRecord, type Lang } from '../report/index.js';
import { summaryTextsFor, type SummaryTexts } from '../report/summary-labels.js';
import { VERSION } from '../version.js';
import type { AllocateResult } from './allocate.js';

/** The words of the report's language, and how it names an objective and its indicator. */
interface Words {
  texts: SummaryTexts;
  objective: (o: Objective) => string;
  indicator: (o: Objective) => string;
}

function wordsFor(lang: Lang): Words {
  const texts = summaryTextsFor(lang);
  const labels = labelsFor(lang);
  return {
    texts,
    objective: (o) => texts.allocationObjective(o.label, labels.indicator(o.indicator), o.sign < 0),
    indicator: (o) => texts.allocationIndicator(o.indicator, labels.indicator(o.indicator)),
  };
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const interval = (mean: number, low: number, high: number) => `${fixed(mean)} [${fixed(low)}, ${fixed(high)}]`;

export function allocationLabel(candidate: number, texts: SummaryTexts = summaryTextsFor('en')): string {
  return candidate === 0 ? texts.allocationScenario('#0') : `#${candidate}`;
}

/** The front and the other finalists on the plane of the first two objectives (cost on x with one objective). */
function frontRecords(result: AllocateResult, { texts, objective }: Words): AllocationFrontRecord[] {
  const { objectives, front, candidates } = result;
  const frontIds = new Set(front.map((p) => p.candidate));
  const finalists = candidates.filter((c) => c.fate === 'finalist');
  return finalists.map((c) => {
    const point = front.find((p) => p.candidate === c.index);
    const est = point?.estimates;
    const axis = (k: number) => ({ name: objective(objectives[k]), mean: c.means[k], low: est?.[k].ciLow ?? c.means[k], high: est?.[k].ciHigh ?? c.means[k] });
    const x = objectives.length > 1 ? axis(0) : { name: texts.allocationCostAxis, mean: c.cost.totalJpyM, low: c.cost.totalJpyM, high: c.cost.totalJpyM };
    const y = objectives.length > 1 ? axis(1) : axis(0);
    return {
      allocation: allocationLabel(c.index, texts), onFront: frontIds.has(c.index),
      xName: x.name, x: x.mean, xLow: x.low, xHigh: x.high, yName: y.name, y: y.mean, yLow: y.low, yHigh: y.high,
      costJpyM: c.cost.totalJpyM,
      levers: Object.entries(c.values).map(([path, v]) => `${path}=${typeof v === 'number' ? fixed(v) : String(v)}`).join('; '),
    };
  });
}

/** What Δ is measured from: the scenario as given, scaled to the budget when it was over it, or nothing when it does not fit. */
function referenceText(result: AllocateResult, texts: SummaryTexts): string {
  const reference = result.candidates[0];
  if (!reference.feasible) return texts.allocationNoReference;
  if (reference.repaired) return texts.allocationFromScaled(fixed(reference.cost.totalJpyM, 0));
  return texts.allocationFromScenario;
}

function summaryBlocks(result: AllocateResult, words: Words): SummaryBlock[] {
  const { texts } = words;
  const { objectives, front, regret } = result;
  const byLabel = new Map(objectives.map((o) => [o.label, o]));
  const blocks: SummaryBlock[] = [{
    id: 'summary-allocation-front',
    title: texts.allocationFrontTitle,
    paragraphs: [
      texts.allocationFrontLine(result.front.length, objectives.map(words.objective).join(', '), fixed(result.budgetJpyM, 0), result.replications) + referenceText(result, texts),
    ],
    table: {
      header: [texts.allocation, texts.allocationCost, ...objectives.flatMap((o) => [texts.allocationWithCi(words.objective(o)), texts.allocationDiff(words.indicator(o))])],
      rows: front.map((p) => [allocationLabel(p.candidate, texts), fixed(p.cost.totalJpyM, 0), ...p.estimates.flatMap((e) => [interval(e.mean, e.ciLow, e.ciHigh), interval(e.diff, e.diffLow, e.diffHigh)])]),
    },
  }];
  if (regret) {
    blocks.push({
      id: 'summary-allocation-regret',
      title: texts.regretTitle,
      paragraphs: [
        texts.regretLine(regret.sets, regret.replications),
        ...objectives.flatMap((o) => {
          const leftOut = regret.rows.find((r) => r.objective === o.label)?.setsLeftOut ?? 0;
          return leftOut > 0 ? [texts.regretLeftOut(words.objective(o), leftOut, regret.sets)] : [];
        }),
      ],
      table: {
        header: [texts.regretObjective, texts.allocation, texts.allocationCost, texts.regretExpected, texts.regretP10, texts.regretMax, texts.regretBestAt],
        rows: regret.rows.map((r) => [words.objective(byLabel.get(r.objective)!), `${allocationLabel(r.candidate, texts)}${r.minimax ? ' *' : ''}`, fixed(r.costJpyM, 0), fixed(r.expected), fixed(r.p10), fixed(r.maxRegret), fixed(r.bestShare)]),
      },
    });
  }
  return blocks;
}

/** Writes charts/ and report.html (in `lang`) into the allocation's folder; returns the paths written. */
export function writeAllocationReport(dir: string, result: AllocateResult, scenario: string, masterSeed: number, lang: Lang = 'en'): Promise<string[]> {
  const words = wordsFor(lang);
  const { texts } = words;
  const byLabel = new Map(result.objectives.map((o) => [o.label, o]));
  const regretCells = result.regret?.cells.map((c) => ({
    objective: words.objective(byLabel.get(c.objective)!), allocation: allocationLabel(c.candidate, texts), cluster: texts.regretCluster(allocationLabel(c.bestCandidate, texts), fixed(c.clusterWeight)), meanRegret: c.meanRegret,
  }));
  return writeReport(dir, {
    manifest: { scenarios: [scenario], masterSeed, replications: result.replications, version: VERSION },
    allocationFront: frontRecords(result, words),
    regretCells,
    extraBlocks: summaryBlocks(result, words),
  }, { lang, png: false });
}
