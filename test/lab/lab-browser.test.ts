// The policy lab in headless Debian chromium (playwright-core, as test/report/browser.test.ts): a
// `clustersim run --lang ja` report, one slider moved, 20 paired replications run in the page's
// workers; the page's summary must equal `clustersim run` of the downloaded YAML to the byte, with
// no console error and no network request. Fails, not skips, when the browser is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS, watchPage } from '../helpers/headless-page.js';
import { tempDir } from '../helpers/run-folders.js';

/** Two regions, twelve quarters: a replication takes milliseconds. */
const SCENARIO = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const REPLICATIONS = 20;

/** stats.csv's mean of each summary value (quarter 'all'), as written: indicator → text. */
function overallMeans(statsCsv: string): Map<string, string> {
  const [header, ...rows] = statsCsv.trimEnd().split('\n').map((line) => line.split(','));
  const at = (name: string) => header.indexOf(name);
  return new Map(rows.filter((row) => row[at('quarter')] === 'all').map((row) => [row[at('indicator')], row[at('mean')]]));
}

/** The page's summary table: indicator → the cell's text, for one column. */
function tableColumn(page: Page, column: string): Promise<Map<string, string>> {
  return page
    .$$eval(
      '#lab-summary tbody tr',
      (rows, name) => rows.map((row) => [row.getAttribute('data-indicator') ?? '', row.querySelector(`[data-value="${name}"]`)?.textContent ?? ''] as [string, string]),
      column,
    )
    .then((pairs) => new Map(pairs));
}

async function download(page: Page, selector: string, path: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('the policy lab in report.html', () => {
  it('runs 20 paired replications of an edited lever offline and matches clustersim run to the byte', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium`).toBe(true);
    const out = tempDir('lab');
    const run = await runCli(['run', SCENARIO, '--replications', String(REPLICATIONS), '--out', out, '--lang', 'ja']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = join(out, 'small', 'report.html');

    const context = await chromium.launchPersistentContext(tempDir('lab-chromium'), { executablePath: CHROMIUM, headless: true, args: FLAGS, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const { errors, requests } = watchPage(page);
      await page.goto(`file://${report}`);
      // The button (scrolling the section into view would load it too; a DOM click avoids that race).
      await page.$eval('#lab-open', (button) => (button as HTMLButtonElement).click());
      await page.waitForSelector('#lab-root[data-lab-state="ready"]', { timeout: 30_000 });
      expect(await page.textContent('#lab-run')).toBe('実行');

      // Shorten the programme from 8 to 5 quarters with its slider.
      const slider = page.locator('input.lab-slider[data-path="policy.programme.lengthQuarters"]');
      await slider.fill('5');
      expect(await page.inputValue('input.lab-number[data-path="policy.programme.lengthQuarters"]')).toBe('5');
      expect(await page.inputValue('#lab-replications')).toBe(String(REPLICATIONS));

      await page.click('#lab-run');
      await page.waitForSelector('#lab-root[data-lab-state="done"], #lab-root[data-lab-state="error"]', { timeout: 60_000 });
      expect(await page.getAttribute('#lab-root', 'data-lab-state'), (await page.textContent('#lab-status')) ?? '').toBe('done');
      const charts = await page.$$eval('[data-lab-chart]', (nodes) => nodes.map((n) => n.querySelector('svg') !== null));
      expect(charts).toEqual([true, true]);
      // The CLI report's executive summary of the two scenarios, in the page's language; what differs
      // between them names the slider's setting.
      const summary = (await page.textContent('#lab-executive-summary')) ?? '';
      expect(summary).toContain('policy.programme.lengthQuarters');
      expect(await page.$$eval('#lab-executive-summary [id^="summary-"]', (nodes) => nodes.length)).toBeGreaterThan(1);

      const yaml = await download(page, '#lab-download-yaml', join(out, 'small-lab.yaml'));
      expect(yaml).toMatch(/lengthQuarters: 5\b/);
      const pageSummary = await download(page, '#lab-download-summary', join(out, 'lab-summary.csv'));
      const variantMeans = await tableColumn(page, 'variantMean');
      const baselineMeans = await tableColumn(page, 'baselineMean');
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);

      // The downloaded scenario carries seed and replications: `clustersim run` of it alone.
      const rerun = await runCli(['run', join(out, 'small-lab.yaml'), '--out', out, '--no-report']);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(pageSummary).toBe(readFileSync(join(out, 'small-lab', 'summary.csv'), 'utf8'));
      expect(pageSummary.trimEnd().split('\n')).toHaveLength(REPLICATIONS + 1);
      expect(variantMeans).toEqual(overallMeans(readFileSync(join(out, 'small-lab', 'stats.csv'), 'utf8')));
      expect(baselineMeans).toEqual(overallMeans(readFileSync(join(out, 'small', 'stats.csv'), 'utf8')));
      // The lever moved something: the edited scenario spent less public money.
      expect(variantMeans.get('publicSpendJpyM')).not.toBe(baselineMeans.get('publicSpendJpyM'));
    } finally {
      await context.close();
    }
  }, 180_000);
});
