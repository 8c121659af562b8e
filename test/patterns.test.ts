// The reviews' patterns (MODEL.md §8, 1–9) on the shipped scenarios, with paired replications:
// replication i of every scenario uses the same derived seeds (common random numbers), and each
// assertion is that the paired 95% interval of the difference lies on the expected side of zero.
// A pattern the model does not reproduce is an `it.fails` with the reason. Set
// CLUSTERSIM_SHOW_PATTERNS=1 to print every difference and interval (for the README).
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SUMMARY_COLUMNS } from '../src/engine/run-summary.js';
import { simulateReplication, type ReplicationResult } from '../src/engine/simulate.js';
import { I, INDICATOR_COUNT, type IndicatorName } from '../src/model/indicators.js';
import { AgentKind } from '../src/model/vocabulary.js';
import { deepMerge, type Json } from '../src/scenario/deep-merge.js';
import { loadScenario, readScenarioDocument } from '../src/scenario/load-scenario.js';
import { scenarioSchema, type Scenario } from '../src/scenario/schema.js';
import { comparePaired, fitDiscretePowerLaw, type PairedComparison } from '../src/stats/index.js';
import { REPO_ROOT } from './helpers/fixtures.js';

/**
 * Every verdict below was checked at 120 and at 240 paired replications on the merged model (the
 * pipeline, start-ups and business leads with public institutes, needs pull, sales channels and
 * reputation; CLUSTERSIM_PATTERN_REPLICATIONS overrides the count). 120 replications of every
 * scenario take a few minutes on a loaded machine.
 */
const REPLICATIONS = Number(process.env.CLUSTERSIM_PATTERN_REPLICATIONS ?? 120);
/** Scenarios run lazily inside the first test that needs them: a few seconds each on a loaded machine. */
const TIMEOUT_MS = 120_000;

/** One replication's results with the shape of its time series. */
interface Run {
  result: ReplicationResult;
  /** Rows per quarter in the time series: one per region, then the total. */
  rows: number;
  quarters: number;
}

vi.setConfig({ testTimeout: TIMEOUT_MS });

const cache = new Map<string, Run[]>();

/** Replications 0 … REPLICATIONS − 1 of a shipped scenario (optionally overridden), run once per key. */
function runs(file: string, override: Json = {}): Run[] {
  const key = `${file} ${JSON.stringify(override)}`;
  let results = cache.get(key);
  if (!results) {
    const document = deepMerge(readScenarioDocument(join(REPO_ROOT, 'scenarios', file)).document, override);
    const scenario: Scenario = scenarioSchema.parse(document);
    results = Array.from({ length: REPLICATIONS }, (_, rep) => ({
      result: simulateReplication(scenario, rep, scenario.seed),
      rows: scenario.regions.length + 1,
      quarters: scenario.horizonQuarters,
    }));
    cache.set(key, results);
  }
  return results;
}

/** A summary column (flows summed over the horizon, stocks at the end, then the policy ratios). */
function summary(column: string): (r: Run) => number {
  const index = SUMMARY_COLUMNS.indexOf(column);
  if (index < 0) throw new Error(`no summary column ${column}`);
  return (r) => r.result.summary[index];
}

/** Mean of an indicator over quarters [from, to) in one region's row (the total row by default). */
function meanOver(indicator: IndicatorName, from: number, to: number, region = -1): (r: Run) => number {
  return (r) => {
    const row = region < 0 ? r.rows - 1 : region;
    let sum = 0;
    for (let q = from; q < to; q++) sum += r.result.timeseries[(q * r.rows + row) * INDICATOR_COUNT + I[indicator]];
    return sum / (to - from);
  };
}

/** Sum of a flow over the whole horizon in a set of regions. */
function flowIn(indicator: IndicatorName, regions: number[]): (r: Run) => number {
  return (r) => regions.reduce((sum, region) => sum + meanOver(indicator, 0, r.quarters, region)(r) * r.quarters, 0);
}

/** Projects formed over the run: every ended project (one that reached the market is a product) plus those still live at the end. */
const projectsFormed = (r: Run) =>
  ['products', 'failedProjects', 'abandonedProjects', 'activeProjects', 'stalledProjects'].reduce((n, c) => n + summary(c)(r), 0);

const shown: string[] = [];

/** Paired comparison of `measure` (variant − baseline), remembered for CLUSTERSIM_SHOW_PATTERNS. */
function paired(label: string, baseline: number[], variant: number[]): PairedComparison {
  const comparison = comparePaired(baseline, variant);
  const { meanDiff, ciLow, ciHigh } = comparison.paired;
  shown.push(`${label}: ${comparison.baselineMean.toFixed(3)} → ${comparison.variantMean.toFixed(3)}, difference ${meanDiff.toFixed(3)} [${ciLow.toFixed(3)}, ${ciHigh.toFixed(3)}]`);
  return comparison;
}

/** Asserts that the variant is higher than the baseline: the whole paired 95% interval above zero. */
function expectHigher(label: string, baseline: number[], variant: number[]): void {
  const { paired: d } = paired(label, baseline, variant);
  expect(d.ciLow, `${label}: difference ${d.meanDiff} [${d.ciLow}, ${d.ciHigh}]`).toBeGreaterThan(0);
}

function expectLower(label: string, baseline: number[], variant: number[]): void {
  const { paired: d } = paired(label, baseline, variant);
  expect(d.ciHigh, `${label}: difference ${d.meanDiff} [${d.ciLow}, ${d.ciHigh}]`).toBeLessThan(0);
}

/** Per replication, the variant's gain over the baseline in `measure`. */
function gains(baseline: Run[], variant: Run[], measure: (r: Run) => number): number[] {
  return baseline.map((b, i) => measure(variant[i]) - measure(b));
}

/** Per replication, the log of the variant's ratio to the baseline (a relative gain). */
function logRatios(baseline: Run[], variant: Run[], measure: (r: Run) => number): number[] {
  return baseline.map((b, i) => Math.log(measure(variant[i]) / measure(b)));
}

const baseline = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml')).scenario;
const base = () => runs('baseline.yaml');
const lever = (file: string, override: Json = {}) => runs(`levers/${file}`, override);
const ACTIVITY: IndicatorName[] = ['activeProjects', 'linksAcademiaIndustry'];

describe('pattern 1: the funding cliff, and continuity against it', () => {
  // The programme pays quarters 0–19. "During" is its mature second half, "after" the last three years.
  it('without continuity, active projects and academia–industry links fall after the money stops', () => {
    for (const indicator of ACTIVITY) {
      expectLower(`1 baseline ${indicator}: quarters 28–39 vs 10–19`, base().map(meanOver(indicator, 10, 20)), base().map(meanOver(indicator, 28, 40)));
    }
  });

  it('the cliff comes from the firms\' decisions: more projects are abandoned in the year after the money stops than in the year before', () => {
    // Each lead firm weighs the remaining value against its own share of the remaining cost; when
    // the public share stops that share becomes the whole cost, and many walk away.
    expectHigher('1 baseline abandoned projects per quarter, quarters 20–23 vs 16–19', base().map(meanOver('abandonedProjects', 16, 20)), base().map(meanOver('abandonedProjects', 20, 24)));
  });

  it('a renewal keeps them higher after the original end date', () => {
    for (const indicator of ACTIVITY) {
      expectHigher(`1 renewal vs baseline ${indicator}, quarters 20–39`, base().map(meanOver(indicator, 20, 40)), lever('continuity.yaml').map(meanOver(indicator, 20, 40)));
    }
  });

  it('long continuity leaves a self-sustaining share: after the money stops, more R&D is paid from product margins', () => {
    // The five-year programme against the same programme renewed for two more years, both observed in
    // the years after the longer one ends: the firms' own margins, not public money, pay that R&D.
    const renewed = lever('continuity.yaml', { policy: { continuity: { renewalLengthQuarters: 8 } } });
    expectHigher('1 renewed (to quarter 28) vs baseline, R&D paid from margins per quarter, quarters 28–39', base().map(meanOver('rdFromMarginsJpyM', 28, 40)), renewed.map(meanOver('rdFromMarginsJpyM', 28, 40)));
    expectHigher('1 baseline R&D paid from margins per quarter, quarters 28–39 vs 0–19 (grows once public money stops)', base().map(meanOver('rdFromMarginsJpyM', 0, 20)), base().map(meanOver('rdFromMarginsJpyM', 28, 40)));
  });

  it('bridging funds keep them higher through a gap than the same gap unbridged, and above the baseline after the end', () => {
    const gap = lever('continuity-gap.yaml');
    const bridged = lever('continuity-bridging.yaml');
    // In the gap itself bridging keeps both the partnerships (links) and the projects: without it the
    // firms would pay the whole cost, and most projects are not worth that to them.
    for (const indicator of ACTIVITY) {
      expectHigher(`1 bridged vs unbridged gap ${indicator}, gap quarters 20–23`, gap.map(meanOver(indicator, 20, 24)), bridged.map(meanOver(indicator, 20, 24)));
    }
    for (const indicator of ACTIVITY) {
      expectHigher(`1 bridging vs baseline ${indicator}, quarters 20–39`, base().map(meanOver(indicator, 20, 40)), bridged.map(meanOver(indicator, 20, 40)));
    }
  });
});

describe('pattern 2: external talent helps most where talent is scarce', () => {
  // Two regions alike but for their talent supply (scenarios/patterns/talent-contrast*.yaml).
  const SCARCE = 0;
  const RICH = 1;
  const without = () => runs('patterns/talent-contrast.yaml');
  const withTalent = () => runs('patterns/talent-contrast-external.yaml');

  it('start-ups rise more in the talent-scarce region (entrepreneurs are its bottleneck)', () => {
    const startups = (region: number) => flowIn('startups', [region]);
    expectHigher('2 start-up gain, scarce vs rich', gains(without(), withTalent(), startups(RICH)), gains(without(), withTalent(), startups(SCARCE)));
  });

  it('academia–industry links rise by a larger share in the talent-scarce region (its own coordinators are weaker)', () => {
    // Over the programme, while the external coordinators arrive. The absolute gains are alike: each
    // coordinator adds introductions wherever it works; it is the scarce region's lower base that differs.
    const links = (region: number) => meanOver('linksAcademiaIndustry', 0, 20, region);
    expectHigher('2 relative link gain (log ratio), quarters 0–19, scarce vs rich', logRatios(without(), withTalent(), links(RICH)), logRatios(without(), withTalent(), links(SCARCE)));
  });

  // Through business capability: external entrepreneurs found start-ups with an experienced business
  // lead (faster through commercialisation, one reach level further, so more seeds and prototypes are
  // worth founding on). In the talent-rich region most local founders already have that experience
  // and take those openings; in the scarce region few do, so the outsiders add start-ups where nobody
  // else would. Commercialisations are the Knowledge Cluster count (prototypes + products +
  // start-ups); at 60 replications the gains were 10.7 (scarce) vs 8.2 (rich), of which start-ups
  // 5.9 vs 4.0, prototypes and products about 2.2–2.5 each in both: most of the difference is the
  // start-ups. Not significant at 60 replications.
  it('commercialisations rise more in the talent-scarce region', () => {
    const commercializations = (region: number) => flowIn('commercializations', [region]);
    expectHigher('2 commercialisation gain, scarce vs rich', gains(without(), withTalent(), commercializations(RICH)), gains(without(), withTalent(), commercializations(SCARCE)));
  });
});

describe('pattern 3: wide-area collaboration helps most where academic and industrial potential mismatch', () => {
  // Block "mismatch": a research town and a factory town; block "matched": two middling regions
  // (scenarios/patterns/potential-mismatch*.yaml).
  const MISMATCH = [0, 1];
  const MATCHED = [2, 3];
  const without = () => runs('patterns/potential-mismatch.yaml');
  const wide = () => runs('patterns/potential-mismatch-wide-area.yaml');

  it('commercialisations gain more in the mismatched block than in the matched one', () => {
    // Firms of the factory town find the research town's seeds; the matched regions gain little.
    expectHigher('3 commercialisation gain, mismatched vs matched block', gains(without(), wide(), flowIn('commercializations', MATCHED)), gains(without(), wide(), flowIn('commercializations', MISMATCH)));
    // Revenue moves the same way but is too heavy-tailed (a few global products) to assert at this size.
    paired('3 revenue gain, mismatched vs matched block (not asserted)', gains(without(), wide(), flowIn('revenueJpyM', MATCHED)), gains(without(), wide(), flowIn('revenueJpyM', MISMATCH)));
  });
});

describe('pattern 4: matching funds', () => {
  // The shipped matching-funds scenario (m = 1 private yen per public yen) against no match (m = 0,
  // the public pays all) and a high match (m = 4, the public pays a fifth).
  const none = () => lever('matching-funds.yaml', { policy: { matchingFunds: { privateMatchPerPublicJpy: 0 } } });
  const moderate = () => lever('matching-funds.yaml');
  const high = () => lever('matching-funds.yaml', { policy: { matchingFunds: { privateMatchPerPublicJpy: 4 } } });
  const completion = (r: Run) => summary('products')(r) / projectsFormed(r);

  // Mainly through the value screen (at m = 4 few SME projects are worth 80% of their cost to the
  // firm); the cash-reserve test at formation barely binds at these defaults.
  it('a high match keeps cash-poor SMEs out: fewer institutions take part during the programme', () => {
    expectLower('4 participating institutions, quarters 0–19, high (m = 4) vs moderate (m = 1)', moderate().map(meanOver('participatingInstitutions', 0, 20)), high().map(meanOver('participatingInstitutions', 0, 20)));
  });

  // Through two mechanisms: a firm that pays half the cost starts only projects worth that half to it
  // (screening: with no match every project is worth starting), and works harder on the ones it
  // pays for (commitment, progress.effortBoostMax). Fewer projects form, so commercialisations
  // themselves fall; the completion rate rises.
  it('a moderate match raises completion (commercialisations per project formed) over none', () => {
    expectHigher('4 completion, moderate (m = 1) vs none (m = 0)', none().map(completion), moderate().map(completion));
  });
});

describe('pattern 5: coordinators make SMEs and universities meet', () => {
  it('without coordinators, fewer academia–industry links and fewer projects form', () => {
    const without = lever('no-coordinators.yaml');
    expectLower('5 academia–industry links, mean over the run, no coordinators', base().map(meanOver('linksAcademiaIndustry', 0, 40)), without.map(meanOver('linksAcademiaIndustry', 0, 40)));
    expectLower('5 projects formed, no coordinators', base().map(projectsFormed), without.map(projectsFormed));
  });
});

describe('pattern 6: core firms are connector hubs', () => {
  it('core firms are far more often among the top connector hubs (betweenness) than their number suggests', () => {
    // Per replication: core firms among the top hubs, against what their share of agents would give.
    const hubs = base().map((r) => r.result.network.hubs);
    const coreFirms = baseline.regions.reduce((n, region) => n + region.agents.coreFirms, 0);
    const agents = baseline.regions.reduce((n, region) => n + Object.values(region.agents).reduce((a, b) => a + b, 0), 0);
    const expected = hubs.map((top) => (top.length * coreFirms) / agents);
    const observed = hubs.map((top) => top.filter((h) => h.kind === AgentKind.CoreFirm).length);
    expectHigher('6 core firms among the top-20 hubs, observed vs their share of agents', expected, observed);
  });

  it('without core firms revenue falls (no national or global reach through a large partner)', () => {
    expectLower('6 revenue, no core firms', base().map(summary('revenueJpyM')), lever('no-core-firms.yaml').map(summary('revenueJpyM')));
  });

  // Institutes link the SMEs they support and so hold part of the network together; the supplier ties
  // core firms bring still matter (about −0.03 of a share near 0.5). The next test shows the same
  // where institutes support nobody.
  it('without core firms the network fragments (largest component share falls)', () => {
    expectLower('6 largest component share, mean over the run, no core firms', base().map(meanOver('largestComponentShare', 0, 40)), lever('no-core-firms.yaml').map(meanOver('largestComponentShare', 0, 40)));
  });

  it('where public institutes support no SMEs, the network fragments without core firms', () => {
    const noSupport = { model: { institutes: { supportsPerInstituteQuarter: 0 } } };
    expectLower('6 largest component share, mean over the run, no core firms, institutes supporting nobody', runs('baseline.yaml', noSupport).map(meanOver('largestComponentShare', 0, 40)), lever('no-core-firms.yaml', noSupport).map(meanOver('largestComponentShare', 0, 40)));
  });
});

describe('pattern 7: heavy-tailed degree and patents-per-applicant distributions', () => {
  // Pooled over the replications (each a sample of one world's distribution), fitted with the discrete
  // power-law MLE above the x_min of smallest Kolmogorov–Smirnov distance (src/stats/power-law.ts).
  const pooled = (histogram: (r: Run) => number[]) => base().flatMap((r) => histogram(r).flatMap((count, x) => Array<number>(count).fill(x)));
  const describeFit = (label: string, values: number[]) => {
    const fit = fitDiscretePowerLaw(values)!;
    shown.push(`7 ${label}: alpha ${fit.alpha.toFixed(2)} ± ${fit.alphaSe.toFixed(2)} above x_min ${fit.xMin} (${fit.tailCount} of ${values.length} values; KS ${fit.ks.toFixed(3)})`);
    return fit;
  };

  it('the degree distribution has a power-law-like tail (exponent below 3.5) with hubs far above the mean', () => {
    const degrees = pooled((r) => r.result.network.degreeCounts);
    const fit = describeFit('degree', degrees);
    expect(fit.alpha).toBeGreaterThan(1);
    expect(fit.alpha).toBeLessThan(3.5);
    const mean = degrees.reduce((a, b) => a + b, 0) / degrees.length;
    expect(degrees.reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThan(20 * mean);
  });

  it('patents per applicant are right-skewed: the top applicant files many times the median', () => {
    const patents = pooled((r) => r.result.network.patentCounts);
    describeFit('patents per applicant', patents);
    const sorted = [...patents].sort((a, b) => a - b);
    expect(sorted[sorted.length - 1]).toBeGreaterThanOrEqual(5 * sorted[Math.floor(sorted.length / 2)]);
  });

  // Not reproduced: the tail is much steeper than Japan's (about 1.7). Patents come from seeds in
  // proportion to an institution's researchers (lognormal, sd 0.4 of the log) and from prototypes of
  // the few projects a firm runs at once; nothing lets a prolific applicant's patenting compound (firms
  // do not grow in size, and the national tail is made by large firms filing thousands a year).
  it.fails('patents per applicant follow a power law with an exponent near 1.7 (within 0.5)', () => {
    const fit = fitDiscretePowerLaw(pooled((r) => r.result.network.patentCounts))!;
    expect(Math.abs(fit.alpha - 1.7)).toBeLessThan(0.5);
  });
});

describe('pattern 8: needs pull beats seeds push', () => {
  // Within each replication of the defaults: projects formed from a core firm's need against those
  // formed from a seed pushed to a firm (paired by replication).
  const rate = (numerator: string, denominator: string) => (r: Run) => summary(numerator)(r) / summary(denominator)(r);

  it('needs-pull projects reach the market more often (launches per project formed)', () => {
    expectHigher('8 launches per project formed, needs pull vs seeds push', base().map(rate('productsSeedsPush', 'projectsSeedsPush')), base().map(rate('productsNeedsPull', 'projectsNeedsPull')));
  });

  it('and sell further (share of launches selling nationally or globally)', () => {
    expectHigher('8 wide-reach share of launches, needs pull vs seeds push', base().map(rate('wideReachProductsSeedsPush', 'productsSeedsPush')), base().map(rate('wideReachProductsNeedsPull', 'productsNeedsPull')));
  });
});

describe('pattern 9: public institutes are the SMEs\' bridge', () => {
  // The defaults (each institute supports model.institutes.supportsPerInstituteQuarter SMEs a quarter)
  // against the same worlds with institutes that support nobody.
  const without = () => runs('baseline.yaml', { model: { institutes: { supportsPerInstituteQuarter: 0 } } });
  const strengthened = () => runs('baseline.yaml', { policy: { publicInstitutes: { extraSupportsPerInstituteQuarter: 4 } } });
  const smeCompletion = (r: Run) => summary('smeProducts')(r) / summary('smeProjectsFormed')(r);

  // "Take part" as leads: supported SMEs are linked to the institute (its seeds become theirs to take)
  // and to universities it introduces, and learn, so more of them find a project worth leading.
  // SMEs taking part at any one time (leads and suppliers in core firms' projects) barely move:
  // most of them are the suppliers core firms bring, whom the institutes do not change.
  it('where institutes support SMEs, more SMEs take part: more SME-led projects form', () => {
    expectHigher('9 SME-led projects formed, support vs none', without().map(summary('smeProjectsFormed')), base().map(summary('smeProjectsFormed')));
    paired('9 SMEs taking part, mean over the run, support vs none (not asserted)', without().map(meanOver('participatingSmes', 0, 40)), base().map(meanOver('participatingSmes', 0, 40)));
  });

  it('and SME-led projects reach the market more often', () => {
    expectHigher('9 SME launches per SME project formed, support vs none', without().map(smeCompletion), base().map(smeCompletion));
  });

  it('strengthening them (paid extra capacity) brings more SMEs in: more SME-led projects form', () => {
    expectHigher('9 SME-led projects formed, strengthened vs defaults', base().map(summary('smeProjectsFormed')), strengthened().map(summary('smeProjectsFormed')));
  });
});

describe('pattern report', () => {
  it('prints the paired differences when asked', () => {
    if (process.env.CLUSTERSIM_SHOW_PATTERNS) console.info(`${REPLICATIONS} paired replications\n${shown.join('\n')}`);
    expect(cache.size).toBeGreaterThan(0);
  });
});
