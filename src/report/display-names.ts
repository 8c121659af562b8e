// Names people read: a scenario's labelJa/labelEn and a region's nameJa/nameEn from the scenario
// files, by report language, falling back to the machine name (which stays the key in every file).
import type { Lang } from './labels.js';
import type { ReportData } from './report-data.js';

export interface DisplayNames {
  scenario(name: string): string;
  region(id: string): string;
}

export function displayNamesFor(data: Pick<ReportData, 'scenarios' | 'regionNames'>, lang: Lang): DisplayNames {
  const scenarios = unique(new Map((data.scenarios ?? []).map((s) => [s.name, lang === 'ja' ? (s.labelJa ?? s.labelEn) : s.labelEn])));
  const regions = unique(new Map((data.regionNames ?? []).map((r) => [r.id, lang === 'ja' ? (r.nameJa ?? r.nameEn) : r.nameEn])));
  return {
    scenario: (name) => scenarios.get(name) ?? name,
    region: (id) => regions.get(id) ?? id,
  };
}

/** Charts key colours and rows by the shown name: a label that two keys share (or that is another key) becomes "label (key)". */
function unique(labels: Map<string, string | undefined>): Map<string, string> {
  const count = new Map<string, number>();
  for (const [key, label] of labels) {
    const shown = label ?? key;
    count.set(shown, (count.get(shown) ?? 0) + 1);
  }
  const result = new Map<string, string>();
  for (const [key, label] of labels) {
    if (label === undefined || label === key) continue;
    result.set(key, count.get(label)! > 1 || labels.has(label) ? `${label} (${key})` : label);
  }
  return result;
}

/**
 * The report's records with scenario and region names replaced by display names, for the charts
 * (sweep and sensitivity records name no scenario). Labels that two scenarios share keep the name.
 */
export function withDisplayNames(data: ReportData, names: DisplayNames): ReportData {
  const s = names.scenario;
  const r = names.region;
  return {
    ...data,
    trajectories: data.trajectories?.map((row) => ({ ...row, scenario: s(row.scenario) })),
    fundingPeriods: data.fundingPeriods?.map((row) => ({ ...row, scenario: s(row.scenario) })),
    comparisons: data.comparisons?.map((row) => ({ ...row, baseline: s(row.baseline), variant: s(row.variant) })),
    regionalComparisons: data.regionalComparisons?.map((row) => ({
      ...row,
      baseline: s(row.baseline),
      variant: s(row.variant),
      region: row.region === undefined ? undefined : r(row.region),
    })),
    costEffectiveness: data.costEffectiveness?.map((row) => ({ ...row, scenario: s(row.scenario) })),
    degreeDistribution: data.degreeDistribution?.map((row) => ({ ...row, scenario: s(row.scenario) })),
    hubs: data.hubs?.map((row) => ({ ...row, scenario: s(row.scenario), region: r(row.region) })),
    regional: data.regional?.map((row) => ({ ...row, scenario: s(row.scenario), region: r(row.region) })),
  };
}
