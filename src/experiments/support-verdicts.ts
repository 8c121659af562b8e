// What each support does, as a verdict a committee can read: every shipped case against its
// combinations with recommended supports, and the baseline against every lever scenario, compared
// with paired replications (common random numbers). A verdict is "up", "down" or "none" (the paired
// 95% interval includes zero), and it is called stable only if the first half of the replications
// gives the same verdict as all of them: the count was doubled and the answer did not change.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readRunSummary } from '../results/compare-runs.js';
import type { SupportVerdict, Verdict } from '../results/support-verdict-table.js';
import { comparePaired } from '../stats/index.js';
import { compare } from './compare.js';
import { robustCompare, type RobustVerdict } from './robust-compare.js';
import type { RunExperimentOptions } from './experiment-options.js';

export type { SupportVerdict, Verdict } from '../results/support-verdict-table.js';

/** A baseline and the variants compared with it. */
export interface SupportFamily {
  baseline: string;
  variants: readonly string[];
}

/** The indicators the shipped table reports, in its column order. */
export const VERDICT_INDICATORS = ['commercializations', 'startups', 'revenueJpyM', 'linksAcademiaIndustry', 'publicSpendJpyM'] as const;

/**
 * The shipped families under `scenariosDir`: each case in `cases/` with the combinations named
 * `<case>+…`, then `baseline.yaml` with every scenario in `levers/`.
 */
export function shippedSupportFamilies(scenariosDir: string): SupportFamily[] {
  const yaml = (dir: string) => readdirSync(join(scenariosDir, dir)).filter((f) => f.endsWith('.yaml')).sort();
  const families: SupportFamily[] = [];
  const cases = yaml('cases');
  for (const file of cases.filter((f) => !f.includes('+'))) {
    const stem = basename(file, '.yaml');
    const variants = cases.filter((f) => f.startsWith(`${stem}+`)).map((f) => join(scenariosDir, 'cases', f));
    if (variants.length > 0) families.push({ baseline: join(scenariosDir, 'cases', file), variants });
  }
  families.push({ baseline: join(scenariosDir, 'baseline.yaml'), variants: yaml('levers').map((f) => join(scenariosDir, 'levers', f)) });
  return families;
}

/** "up"/"down" when the paired 95% interval lies on one side of zero. */
function verdictOf(ciLow: number, ciHigh: number): Verdict {
  return ciLow > 0 ? 'up' : ciHigh < 0 ? 'down' : 'none';
}

/** Runs every family with `replications` paired replications and returns one verdict per variant and indicator. */
export async function supportVerdicts(
  families: readonly SupportFamily[],
  options: RunExperimentOptions & { replications: number; indicators?: readonly string[] },
): Promise<SupportVerdict[]> {
  const { replications, indicators = VERDICT_INDICATORS, ...runOptions } = options;
  if (replications < 4) throw new RangeError('support verdicts need at least 4 replications (2 in each half)');
  const half = Math.floor(replications / 2);
  const verdicts: SupportVerdict[] = [];
  for (const family of families) {
    const { runs } = await compare({ baseline: family.baseline, variants: family.variants, replications }, runOptions);
    const base = readRunSummary(runs[0].dir);
    for (const run of runs.slice(1)) {
      const variant = readRunSummary(run.dir);
      for (const indicator of indicators) {
        const b = base.columns[indicator];
        const v = variant.columns[indicator];
        if (!b || !v) throw new RangeError(`no summary column ${indicator}`);
        const all = comparePaired(b, v);
        const first = comparePaired(b.slice(0, half), v.slice(0, half));
        verdicts.push({
          baseline: base.scenario,
          variant: variant.scenario,
          indicator,
          n: all.n,
          baselineMean: all.baselineMean,
          variantMean: all.variantMean,
          meanDiff: all.paired.meanDiff,
          ciLow: all.paired.ciLow,
          ciHigh: all.paired.ciHigh,
          relativeChange: all.relativeChange,
          verdict: verdictOf(all.paired.ciLow, all.paired.ciHigh),
          verdictAtHalf: verdictOf(first.paired.ciLow, first.paired.ciHigh),
        });
      }
    }
  }
  return verdicts;
}

/** A family's verdicts across a calibrated ensemble (robust or conditional), the baseline named. */
export interface EnsembleSupportVerdict extends RobustVerdict {
  baseline: string;
}

/**
 * The same families at every parameter set of an ensemble calibration's posterior.csv, with
 * `replications` paired replications per set (robustCompare): each verdict robust or conditional.
 */
export async function ensembleSupportVerdicts(
  families: readonly SupportFamily[],
  ensemble: string,
  options: RunExperimentOptions & { replications: number; indicators?: readonly string[] },
): Promise<EnsembleSupportVerdict[]> {
  const { replications, indicators = VERDICT_INDICATORS, outRoot, workers, onProgress } = options;
  const verdicts: EnsembleSupportVerdict[] = [];
  for (const family of families) {
    const result = await robustCompare(
      { baseline: family.baseline, variants: family.variants, ensemble, replications, indicators: [...indicators], name: `robust-${basename(family.baseline, '.yaml')}` },
      { outRoot, workers, onProgress },
    );
    const baseline = basename(family.baseline, '.yaml');
    verdicts.push(...result.verdicts.map((v) => ({ baseline, ...v })));
  }
  return verdicts;
}
