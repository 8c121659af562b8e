// `clustersim lab <scenario>` writes one offline page with only the policy lab: the scenario's
// resolved values and seed as its data, the bundles inlined, a CSP that allows blob: workers and no
// network; and `run` reports carry the same section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SCENARIO = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

function labData(html: string): { lang: string; masterSeed: number; replications: number; scenario: { name: string }; controls: unknown[] } {
  const match = /<script type="application\/json" id="clustersim-lab-data">(.*?)<\/script>/s.exec(html);
  expect(match, 'the lab data island').not.toBeNull();
  return JSON.parse(match![1]);
}

describe('clustersim lab', () => {
  it('writes <out>/<name>.lab.html: the lab alone, offline, from the scenario and --seed', async () => {
    const out = tempDir('lab-command');
    const result = await runCli(['lab', SCENARIO, '--out', out, '--seed', '5', '--lang', 'ja']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = join(out, 'small.lab.html');
    expect(result.stdout).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('worker-src blob:');
    expect(html).toContain('政策ラボ');
    expect(html).not.toContain('data-chart=');
    expect(labData(html)).toMatchObject({ lang: 'ja', masterSeed: 5, replications: 10, scenario: { name: 'small' } });
    expect(labData(html).controls.length).toBeGreaterThan(40);
    // The size budget: the whole page, Vega libraries included, at most 2.5 MB.
    expect(Buffer.byteLength(html)).toBeLessThan(2.5e6);
  });

  it('refuses a missing scenario with exit 2 and one line', async () => {
    const result = await runCli(['lab', join(tempDir('lab-command'), 'missing.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.yaml: file not found/);
    expect(result.stderr).not.toMatch(/^ {4}at /m);
  });
});
