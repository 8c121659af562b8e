// writeReport on small fixtures: the expected files, atomically (no temporaries left), charts
// without data skipped, stale chart files of an earlier report removed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/build-charts.js';
import { labelsFor } from '../../src/report/labels.js';
import type { ReportData } from '../../src/report/report-data.js';
import { writeReport } from '../../src/report/write-report.js';
import { sampleReportData } from '../fixtures/report/sample-report-data.js';

const folders: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersim-report-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A run with only network diagnostics: two quick charts, enough to exercise PNG output. */
function networkOnly(): ReportData {
  const data = sampleReportData();
  return { manifest: data.manifest, degreeDistribution: data.degreeDistribution, hubs: data.hubs };
}

describe('writeReport', () => {
  it('writes NAME.vl.json, NAME.svg and NAME.png per chart, then summary.md and report.html', async () => {
    const dir = freshDir();
    const files = await writeReport(dir, networkOnly(), { lang: 'ja', png: true });
    const charts = join(dir, 'charts');
    expect(files).toEqual([
      join(charts, 'degree-distribution.vl.json'),
      join(charts, 'degree-distribution.svg'),
      join(charts, 'degree-distribution.png'),
      join(charts, 'network-hubs.vl.json'),
      join(charts, 'network-hubs.svg'),
      join(charts, 'network-hubs.png'),
      join(dir, 'summary.md'),
      join(dir, 'report.html'),
    ]);
    expect(readdirSync(charts).sort()).toEqual(files.filter((file) => file.startsWith(charts)).map((file) => file.slice(charts.length + 1)).sort());

    const png = readFileSync(join(charts, 'network-hubs.png'));
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.length).toBeGreaterThan(10_000);
    expect(readFileSync(join(charts, 'network-hubs.svg'), 'utf8')).toMatch(/^<svg[^>]*>/);
    // The saved spec is the builder's, with its data inline.
    const spec = JSON.parse(readFileSync(join(charts, 'network-hubs.vl.json'), 'utf8')) as unknown;
    const built = buildCharts(networkOnly(), labelsFor('ja')).find((chart) => chart.name === 'network-hubs')!.spec;
    expect(spec).toEqual(built);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.includes('<html lang="ja">')).toBe(true);
    expect(html.includes('href="charts/network-hubs.png"')).toBe(true);
  }, 30_000);

  it('writes every chart of a full run without PNGs when asked, and leaves no temporary files', async () => {
    const dir = freshDir();
    const warnings: string[] = [];
    const files = await writeReport(dir, sampleReportData(), { lang: 'en', png: false, onWarning: (chart, message) => warnings.push(`${chart}: ${message}`) });
    expect(files).toHaveLength(13 * 2 + 2);
    expect(files.some((file) => file.endsWith('.png'))).toBe(false);
    expect(warnings).toEqual([]);
    const names = readdirSync(join(dir, 'charts'));
    expect(names.some((name) => name.endsWith('.partial'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['charts', 'report.html', 'summary.md']);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.includes('href="charts/trajectories.png"')).toBe(false);
    expect(html.includes('href="charts/trajectories.svg"')).toBe(true);
  }, 30_000);

  it('is byte-identical when written twice', async () => {
    const [a, b] = [freshDir(), freshDir()];
    const data = networkOnly();
    const first = await writeReport(a, data, { lang: 'en', png: true });
    await writeReport(b, data, { lang: 'en', png: true });
    for (const file of first) {
      const other = join(b, file.slice(a.length));
      expect(readFileSync(file).equals(readFileSync(other)), file).toBe(true);
    }
  }, 30_000);

  it('writes only summary.md and report.html when there is nothing to chart, and removes charts of an earlier report', async () => {
    const dir = freshDir();
    await writeReport(dir, networkOnly(), { lang: 'en', png: false });
    writeFileSync(join(dir, 'charts', 'notes.txt'), 'kept: not a chart of ours');
    const files = await writeReport(dir, { manifest: sampleReportData().manifest, trajectories: [] }, { lang: 'en' });
    expect(files).toEqual([join(dir, 'summary.md'), join(dir, 'report.html')]);
    expect(readdirSync(join(dir, 'charts'))).toEqual(['notes.txt']);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });
});
