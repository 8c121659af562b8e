// Support verdicts through the library: a variant that only removes the programme's money must come
// out "down" in public spend at both halves of the replications, an identical copy "none" with a
// zero difference, and the markdown table must say so in the cells the README reads.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensembleSupportVerdicts, supportVerdicts } from '../../src/experiments/support-verdicts.js';
import { ensembleVerdictMarkdown, supportVerdictMarkdown } from '../../src/results/support-verdict-table.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

describe('support verdicts', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('verdicts');
    writeFileSync(join(out, 'unfunded.yaml'), `extends: ${SMALL}\nname: small-unfunded\npolicy: { programme: { lengthQuarters: 0 } }\n`);
    writeFileSync(join(out, 'copy.yaml'), `extends: ${SMALL}\nname: small-copy\n`);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('gives a stable "down" where the mechanism removes money and "none" for an identical variant', async () => {
    const verdicts = await supportVerdicts(
      [{ baseline: SMALL, variants: [join(out, 'unfunded.yaml'), join(out, 'copy.yaml')] }],
      { replications: 6, outRoot: join(out, 'runs'), workers: 1, indicators: ['publicSpendJpyM', 'commercializations'] },
    );
    expect(verdicts).toHaveLength(4);
    const spend = verdicts.find((v) => v.variant === 'small-unfunded' && v.indicator === 'publicSpendJpyM')!;
    expect(spend).toMatchObject({ baseline: 'small', n: 6, variantMean: 0, verdict: 'down', verdictAtHalf: 'down' });
    expect(spend.relativeChange).toBe(-1);
    for (const v of verdicts.filter((x) => x.variant === 'small-copy')) {
      expect(v).toMatchObject({ meanDiff: 0, verdict: 'none', verdictAtHalf: 'none' });
    }
    const table = supportVerdictMarkdown(verdicts);
    expect(table).toMatch(/\| small \| small-unfunded \| −100% \[−\d+%, −\d+%\] ▼ \|/);
    expect(table).toMatch(/\| small \| small-copy \| no difference \(\+0% \[\+0%, \+0%\]\) \|/);
  });

  it('across an ensemble: a lever that removes the money is robust negative at every set, a copy robust with no effect', async () => {
    const ensemble = join(out, 'posterior.csv');
    writeFileSync(ensemble, 'set,weight,model.research.papersPerResearcherQuarter,distance\n0,1,0.04,0.5\n1,1,0.08,0.4\n2,2,0.12,0.3\n');
    const verdicts = await ensembleSupportVerdicts(
      [{ baseline: SMALL, variants: [join(out, 'unfunded.yaml'), join(out, 'copy.yaml')] }],
      ensemble,
      { replications: 4, outRoot: join(out, 'ensemble'), workers: 1, indicators: ['publicSpendJpyM'] },
    );
    expect(verdicts.map((v) => [v.baseline, v.variant, v.verdict])).toEqual([
      ['small', 'small-unfunded', 'robust negative'],
      ['small', 'small-copy', 'robust: no detectable effect'],
    ]);
    const table = ensembleVerdictMarkdown(verdicts, 3, 4);
    expect(table).toContain('| small | small-unfunded | −100% · robust negative |');
    expect(table).toContain('over 3 parameter sets');
  });

  it('refuses fewer than 4 replications: each half needs two for an interval', async () => {
    await expect(supportVerdicts([{ baseline: SMALL, variants: [SMALL] }], { replications: 3, outRoot: join(out, 'few') })).rejects.toThrow(/at least 4/);
  });
});
