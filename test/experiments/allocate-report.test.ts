// The allocation report in Japanese: the executive summary's front and regret tables (title, note,
// headers, the reference's name) come from the summary labels of the report's language, not English;
// the regret heatmap has a panel for every objective.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/experiments/allocate.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

describe('allocation report', () => {
  it('writes the front and regret tables in Japanese with lang ja', async () => {
    const dir = tempDir('allocate-ja');
    const levers = join(dir, 'levers.yaml');
    writeFileSync(levers, 'levers:\n  - { path: policy.programme.budgetPerRegionQuarterJpyM, min: 20, max: 120 }\n');
    const ensemble = join(dir, 'posterior.csv');
    writeFileSync(ensemble, 'set,weight,model.research.seedsPerResearcherQuarter,distance\n0,1,0.01,0.5\n1,1,0.04,0.4\n');
    const result = await allocate(
      { scenario: SMALL, levers, budgetJpyM: 2000, objectives: ['commercializations', 'publicSpendJpyM:min'], candidates: 3, finalists: 2, ensemble, ensembleReplications: 2, name: 'ja', lang: 'ja' },
      { outRoot: dir, workers: 1 },
    );
    const summary = readFileSync(join(result.dir, 'summary.md'), 'utf8');
    expect(summary).toContain('## 配分のパレート最適解');
    // Objectives by their Japanese display names; a minimised one says so.
    expect(summary).toContain('| 配分 | 費用（百万円） | 事業化件数［95%信頼区間］ | Δ 事業化件数［95%信頼区間］ | 公的支出（百万円）（最小化）［95%信頼区間］ | Δ 公的支出（百万円）［95%信頼区間］ |');
    expect(summary).toMatch(/\| 公的支出（百万円）（最小化） \| #0（シナリオ）/);
    expect(summary).toContain('## 較正済みアンサンブルに対する頑健性');
    expect(summary).toContain('| 目的 | 配分 | 費用（百万円） | 期待値 | 10パーセンタイル | 最大後悔 | 最善となる重み |');
    expect(summary).toContain('#0（シナリオ）');
    expect(summary).not.toMatch(/Pareto front of the allocations|Robustness across|\(scenario\)|commercializations|publicSpendJpyM/);
    // One heatmap panel per objective (it used to show the first objective only), in Japanese.
    const objectives = ['事業化件数', '公的支出（百万円）（最小化）'];
    const spec = JSON.parse(readFileSync(join(result.dir, 'charts', 'regret-heatmap.vl.json'), 'utf8'));
    const panels: { title: { text: string }; data: { values: { objective: string }[] } }[] = spec.concat;
    expect(panels.map((p) => p.title.text)).toEqual(objectives);
    panels.forEach((p) => expect(new Set(p.data.values.map((v) => v.objective))).toEqual(new Set([p.title.text])));
    expect(panels.flatMap((p) => p.data.values)).toHaveLength(result.regret!.cells.length);
    const svg = readFileSync(join(result.dir, 'charts', 'regret-heatmap.svg'), 'utf8');
    for (const objective of objectives) expect(svg).toContain(objective);
  });
});
