// `npm run bench:lab`: the policy lab in headless Debian chromium on this machine: seconds for 20
// paired replications of scenarios/baseline.yaml in the page's workers (target ≤ 3 s on 2 cores),
// and the report's first contentful paint with and without the lab section (it must not move).
// A measurement to print, not a test: the figures depend on the machine and its load.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { writeLabReport } from '../experiments/lab-report.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { median } from './timing.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCENARIO = 'scenarios/baseline.yaml';
const PAIRED_REPLICATIONS = 20;
const RUNS = 3;

async function firstContentfulPaintMs(context: BrowserContext, file: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  // The paint entry can land a frame after 'load'.
  const entry = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, { timeout: 10_000 });
  const fcp = Number(await entry.jsonValue());
  await page.close();
  return fcp;
}

async function labRunSeconds(context: BrowserContext, file: string): Promise<{ seconds: number; workers: number }> {
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  // The lab loads as soon as its section is in view (here, at once); the button if not yet.
  await page.evaluate(() => document.getElementById('lab-open')?.click());
  await page.waitForSelector('#lab-root[data-lab-state="ready"]', { timeout: 60_000 });
  await page.fill('#lab-replications', String(PAIRED_REPLICATIONS));
  await page.click('#lab-run');
  await page.waitForSelector('#lab-root[data-lab-state="done"], #lab-root[data-lab-state="error"]', { timeout: 600_000 });
  const seconds = Number(await page.getAttribute('#lab-root', 'data-lab-seconds'));
  const workers = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.close();
  return { seconds, workers };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clustersim-lab-bench-'));
  const { scenario } = loadScenario(SCENARIO);
  const withLab = writeLabReport(scenario, { outRoot: dir, lang: 'en', replications: PAIRED_REPLICATIONS });
  // The same page with the lab's section (its data, code and styles) cut out.
  const withoutLab = join(dir, 'no-lab.html');
  writeFileSync(withoutLab, readFileSync(withLab, 'utf8').replace(/<section id="policy-lab"[\s\S]*?<\/section>\n/, ''));

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const seconds: number[] = [];
    let workers = 0;
    for (let i = 0; i < RUNS; i++) {
      const run = await labRunSeconds(context, withLab);
      seconds.push(run.seconds);
      workers = run.workers;
    }
    const paintWith: number[] = [];
    const paintWithout: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      paintWith.push(await firstContentfulPaintMs(context, withLab));
      paintWithout.push(await firstContentfulPaintMs(context, withoutLab));
    }
    console.log(`policy lab, ${SCENARIO}: ${PAIRED_REPLICATIONS} paired replications (${2 * PAIRED_REPLICATIONS} runs) on ${workers} workers`);
    console.log(`  wall time per run, s: ${seconds.map((s) => s.toFixed(2)).join(', ')}; median ${median(seconds).toFixed(2)} s (target <= 3 s)`);
    console.log(`  first contentful paint, ms (median of ${RUNS}): with the lab ${median(paintWith).toFixed(0)}, without ${median(paintWithout).toFixed(0)}`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
