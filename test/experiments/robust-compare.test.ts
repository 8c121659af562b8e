// Robust comparison on a tiny ensemble: paired runs at every parameter set, the share of sets with a
// significant effect, the parameter that decides it, and the robust / conditional verdicts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robustCompare } from '../../src/experiments/robust-compare.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const PAPERS = 'model.research.papersPerResearcherQuarter';
const PATENT = 'model.research.seedPatentProbability';

describe('robustCompare', () => {
  it('labels a lever robust where every set agrees and conditional where one parameter decides', async () => {
    const dir = tempDir('robust');
    // More researchers: more papers wherever researchers write any; none where the rate is 0.
    const researchers = join(dir, 'researchers.yaml');
    writeFileSync(researchers, `extends: ${SMALL}\nname: more-researchers\nmodel:\n  research: { researchersPerUniversity: 300 }\n`);
    // The baseline under another name: every paired difference is exactly 0.
    const same = join(dir, 'same.yaml');
    writeFileSync(same, `extends: ${SMALL}\nname: same\n`);
    const ensemble = join(dir, 'posterior.csv');
    writeFileSync(ensemble, `set,weight,${PAPERS},${PATENT},distance,x\n0,3,0,0.3,0.5,1\n1,2,0.04,0.5,0.4,1\n2,2,0.07,0.4,0.3,1\n3,3,0.1,0.6,0.2,1\n`);

    const result = await robustCompare(
      { baseline: SMALL, variants: [researchers, same], ensemble, indicators: ['papersOverseas'], replications: 6, name: 'robust' },
      { outRoot: dir, workers: 1 },
    );
    expect(result.sets).toBe(4);
    const [more, identical] = result.verdicts;
    // Weights 3:2:2:3 normalised: the rate-0 set (no papers either way) is 30% of the ensemble.
    expect(more.sharePositive).toBeCloseTo(0.7, 12);
    expect(more.shareNotSignificant).toBeCloseTo(0.3, 12);
    expect(more.decidingParameter).toBe(PAPERS);
    expect(more.coefficient).toBeGreaterThan(0.5);
    expect(more.verdict).toBe(`conditional on ${PAPERS} (higher -> larger effect)`);
    expect(more.p5).toBe(0);
    expect(more.median).toBeGreaterThan(0);
    expect(identical).toMatchObject({ median: 0, p5: 0, p95: 0, shareNotSignificant: 1, verdict: 'robust: no detectable effect' });

    const sets = readFileSync(result.setsFile, 'utf8').trim().split('\n');
    expect(sets[0]).toBe(`variant,indicator,set,weight,${PAPERS},${PATENT},baselineMean,variantMean,meanDiff,relativeChange,pValue,sign`);
    expect(sets).toHaveLength(1 + 2 * 4);
    expect(readFileSync(result.summaryFile, 'utf8')).toContain('same,papersOverseas,0,0,0,');
    expect(readFileSync(result.chart, 'utf8')).toContain('<svg');

    // Without the rate-0 set every set gains papers: robust, whatever a single set's p-value.
    const writing = join(dir, 'writing.csv');
    writeFileSync(writing, `set,weight,${PAPERS},implausibility\n0,1,0.04,1\n1,1,0.07,1\n2,1,0.1,1\n`);
    const robust = await robustCompare({ baseline: SMALL, variants: [researchers], ensemble: writing, indicators: ['papersOverseas'], replications: 3, name: 'robust-2' }, { outRoot: dir, workers: 1 });
    expect(robust.verdicts[0].p5).toBeGreaterThan(0);
    expect(robust.verdicts[0].verdict).toBe('robust positive');
  }, 60_000);
});
