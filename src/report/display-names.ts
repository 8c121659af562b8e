// Names people read: a scenario's labelJa/labelEn and a region's nameJa/nameEn from the scenario
// files, by report language, falling back to the machine name (which stays the key in every file).
import type { Lang } from './labels.js';
import type { ReportData } from './report-data.js';

export interface DisplayNames {
  scenario(name: string): string;
  region(id: string): string;
}

export function displayNamesFor(data: Pick<ReportData, 'scenarios' | 'regionNames'>, lang: Lang): DisplayNames {
  const scenarios = new Map((data.scenarios ?? []).map((s) => [s.name, lang === 'ja' ? (s.labelJa ?? s.labelEn) : s.labelEn]));
  const regions = new Map((data.regionNames ?? []).map((r) => [r.id, lang === 'ja' ? (r.nameJa ?? r.nameEn) : r.nameEn]));
  return {
    scenario: (name) => scenarios.get(name) ?? name,
    region: (id) => regions.get(id) ?? id,
  };
}
