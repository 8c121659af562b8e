// The committee opens report.html offline in a browser: every chart must draw, with no console
// errors and no network request. Headless Debian chromium (installed by .ci/run) driven by
// playwright-core; the test fails, not skips, when the browser is missing.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { sampleReportData } from '../fixtures/report/sample-report-data.js';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS, watchPage } from '../helpers/headless-page.js';
import { tempDir } from '../helpers/run-folders.js';


describe('report.html in a headless browser', () => {
  it('draws every chart offline with no console errors or network requests', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium`).toBe(true);
    const dir = tempDir('browser');
    await writeReport(dir, sampleReportData(), { lang: 'ja', png: false });
    const context = await chromium.launchPersistentContext(tempDir('chromium-profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
    try {
      const page = await context.newPage();
      const { errors, requests } = watchPage(page);
      await page.goto(`file://${join(dir, 'report.html')}`);
      await page.waitForSelector('body[data-charts-done]', { timeout: 60_000 });
      const charts = await page.$$eval('[data-chart]', (nodes) =>
        nodes.map((n) => ({ name: n.getAttribute('data-chart'), state: n.getAttribute('data-rendered'), drawn: n.querySelector('svg, canvas') !== null })),
      );
      expect(charts.length).toBeGreaterThanOrEqual(9);
      for (const chart of charts) expect(chart, chart.name ?? '').toMatchObject({ state: 'true', drawn: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      const screenshot = join(dir, 'report.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(20_000);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the executive summary of a three-scenario comparison in Japanese glyphs from the embedded font, not boxes (ja and en)', async () => {
    const context = await chromium.launchPersistentContext(tempDir('chromium-profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
    try {
      for (const lang of ['ja', 'en'] as const) {
        const dir = tempDir(`browser-summary-${lang}`);
        await writeReport(dir, sampleReportData(), { lang, png: false });
        const page = await context.newPage();
        await page.goto(`file://${join(dir, 'report.html')}`);
        await page.waitForSelector('body[data-charts-done]', { timeout: 60_000 });
        const summary = await page.$eval('#summary', (node) => ({
          visible: (node as HTMLElement).offsetHeight > 200,
          columns: node.querySelectorAll('#summary-headline thead th').length,
          rows: node.querySelectorAll('#summary-headline tbody tr').length,
          verdicts: node.querySelectorAll('#summary-verdicts li').length,
        }));
        expect(summary, lang).toEqual({ visible: true, columns: 4, rows: 4, verdicts: 6 });
        const shot = join(dir, 'summary.png');
        await (await page.$('#summary'))!.screenshot({ path: shot });
        expect(statSync(shot).size, lang).toBeGreaterThan(30_000);

        // The page declares the subset, and the browser has loaded it.
        const glyphs = await page.evaluate(async () => {
          await document.fonts.ready;
          const loaded = [...document.fonts].some((face) => face.family.replace(/["']/g, '') === 'Noto Sans JP' && face.status === 'loaded');
          const canvas = document.createElement('canvas');
          canvas.width = 64;
          canvas.height = 64;
          const g = canvas.getContext('2d')!;
          const pixels = (text: string, family: string) => {
            g.clearRect(0, 0, 64, 64);
            g.font = `40px ${family}`;
            g.fillText(text, 8, 48);
            return Array.from(g.getImageData(0, 0, 64, 64).data).join();
          };
          return {
            loaded,
            // Two different characters of the page (the scenario 広域連携): with the embedded glyphs they differ; as boxes (tofu) they would not.
            pageGlyphsDiffer: pixels('広', "'Noto Sans JP'") !== pixels('域', "'Noto Sans JP'"),
            // Control: two characters that are on no page of the report render alike (both boxes), so this
            // browser has no CJK font of its own and the check above proves the embedding.
            absentGlyphsAlike: pixels('鬱', 'sans-serif') === pixels('鬯', 'sans-serif'),
          };
        });
        expect(glyphs, lang).toEqual({ loaded: true, pageGlyphsDiffer: true, absentGlyphsAlike: true });
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
