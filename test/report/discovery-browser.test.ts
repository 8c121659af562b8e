// The scenario-discovery chart in a browser, offline under the report's Content-Security-Policy:
// clicking a point of the peeling trajectory shows that box's limits (a Vega-Lite point selection).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { discoveryRecords } from '../../src/experiments/discover.js';
import { writeReport } from '../../src/report/index.js';
import { RandomStream } from '../../src/rng/index.js';
import { prim } from '../../src/stats/index.js';
import { CHROMIUM, CHROMIUM_FLAGS, watchPage } from '../helpers/headless-page.js';
import { tempDir } from '../helpers/run-folders.js';

function plantedResult() {
  const stream = new RandomStream('browser-prim');
  const a = Float64Array.from({ length: 400 }, () => stream.uniform());
  const b = Float64Array.from({ length: 400 }, () => stream.uniform());
  const y = Array.from(a, (v, i) => Number(v > 0.5 && b[i] < 0.6));
  return prim([{ name: 'a', kind: 'numeric', values: a }, { name: 'b', kind: 'numeric', values: b }], y, { threshold: 0.9 });
}

describe('scenario discovery chart in a headless browser', () => {
  it('shows the chosen box first and the box of the point clicked, with no errors or requests', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing`).toBe(true);
    const result = plantedResult();
    const dir = tempDir('discover-browser');
    await writeReport(dir, { manifest: { scenarios: ['planted'], masterSeed: 1, replications: 1, version: 'test' }, discovery: discoveryRecords('y == 1', result) }, { lang: 'en' });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 2400 } });
      const { errors, requests } = watchPage(page);
      await page.goto(`file://${join(dir, 'report.html')}`);
      await page.waitForSelector('body[data-charts-done]', { timeout: 60_000 });
      const limits = () => page.$$eval('#vis-scenario-discovery g.mark-text text', (nodes) => nodes.map((n) => n.textContent ?? '').filter((t) => t.startsWith('[')));
      const shown = await limits();
      const final = result.box.limits.map((l) => (l.kind === 'numeric' ? l : undefined))!;
      expect(shown).toHaveLength(2);
      expect(shown[0]).toBe(`[${Number(final[0]!.lower.toPrecision(4))}, ${Number(final[0]!.upper.toPrecision(4))}]`);
      // The first point drawn is box 0, the box of all rows: its limits are the sampled ranges.
      const point = (await page.$$('#vis-scenario-discovery g.concat_0_layer_1_marks path'))[0];
      const at = (await point.boundingBox())!;
      await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
      await page.waitForFunction((before) => {
        const now = [...document.querySelectorAll('#vis-scenario-discovery g.mark-text text')].map((n) => n.textContent).filter((t) => t?.startsWith('['));
        return now.join() !== before;
      }, shown.join(), { timeout: 10_000 });
      const initial = result.trajectory[0].limits.map((l) => (l.kind === 'numeric' ? `[${Number(l.lower.toPrecision(4))}, ${Number(l.upper.toPrecision(4))}]` : ''));
      expect(await limits()).toEqual(initial);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
