// The committee opens report.html offline in a browser: every chart must draw, with no console
// errors and no network request. Headless Debian chromium (installed by .ci/run) driven by
// playwright-core; the test fails, not skips, when the browser is missing.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { sampleReportData } from '../fixtures/report/sample-report-data.js';
import { tempDir } from '../helpers/run-folders.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('report.html in a headless browser', () => {
  it('draws every chart offline with no console errors or network requests', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium`).toBe(true);
    const dir = tempDir('browser');
    await writeReport(dir, sampleReportData(), { lang: 'ja', png: false });
    const context = await chromium.launchPersistentContext(tempDir('chromium-profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
      });
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
});
