// The actors' indicators reach the run folder: summary.csv and timeseries.csv columns, and stats.csv
// rows, for the needs-pull / seeds-push split, channels, platform listings and institutes' supports.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, runFolder } from '../../src/index.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const NEW = [
  'projectsSeedsPush', 'projectsNeedsPull', 'productsSeedsPush', 'productsNeedsPull', 'wideReachProductsSeedsPush', 'wideReachProductsNeedsPull',
  'needsPosted', 'productsThroughChannels', 'platformListings', 'instituteSupports', 'smeProjectsFormed', 'smeProducts', 'participatingSmes',
];

describe('actor indicators in the run folder', () => {
  const out = tempDir('actors');
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('summary.csv, timeseries.csv and stats.csv carry them', async () => {
    const [result] = await run({ scenarios: [join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml')], replications: 2 }, { outRoot: out, workers: 1 });
    const header = (file: string) => readFileSync(join(result.dir, file), 'utf8').split('\n')[0].split(',');
    for (const file of [runFolder.ROW_FILES[0], runFolder.ROW_FILES[1]]) expect(header(file)).toEqual(expect.arrayContaining(NEW));
    const stats = readFileSync(join(result.dir, runFolder.STATS_FILE), 'utf8');
    for (const name of NEW) expect(stats).toContain(`,${name},`);
  });
});
