// report.html is one offline file: libraries inlined, no network URL to load, embedded JSON that
// cannot close its <script>, and the page text in the chosen language.
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/build-charts.js';
import { escapeHtml, scriptSafeCode, scriptSafeJson } from '../../src/report/html-escape.js';
import { labelsFor, type Lang } from '../../src/report/labels.js';
import { buildReportHtml } from '../../src/report/report-html.js';
import type { ReportData } from '../../src/report/report-data.js';
import { loadVegaLibraries } from '../../src/report/vega-libraries.js';
import { sampleReportData } from '../fixtures/report/sample-report-data.js';

const HOSTILE = '</script><script>alert(1)</script>\u2028<!--';

function hostileData(): ReportData {
  const data = sampleReportData();
  // A scenario name and a note that would break out of a script element if embedded raw.
  const rename = (scenario: string) => (scenario === 'baseline' ? HOSTILE : scenario);
  return {
    ...data,
    manifest: { ...data.manifest, scenarios: data.manifest.scenarios.map(rename), generatedFor: HOSTILE },
    trajectories: data.trajectories!.map((row) => ({ ...row, scenario: rename(row.scenario) })),
  };
}

function page(lang: Lang, data: ReportData = sampleReportData()): string {
  const labels = labelsFor(lang);
  return buildReportHtml({ charts: buildCharts(data, labels), manifest: data.manifest, labels, chartFiles: { svg: true, png: true } });
}

/** The text of <script type="application/json" id=…>, as the browser would read it. */
function dataIsland(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html);
  if (!match) throw new Error(`no data island ${id}`);
  return JSON.parse(match[1]);
}

describe('report.html', () => {
  const en = page('en');
  const ja = page('ja');

  it('inlines vega, vega-lite and vega-embed from node_modules', () => {
    const libraries = loadVegaLibraries();
    for (const code of [libraries.vega, libraries.vegaLite, libraries.vegaEmbed]) {
      expect(code.length).toBeGreaterThan(10_000);
      expect(en.includes(scriptSafeCode(code.slice(0, 2000)))).toBe(true);
    }
    expect(libraries.vegaLite).toContain('6.');
  });

  it('loads nothing from the network: no script src, link href or CSS url, and a CSP that forbids it', () => {
    for (const html of [en, ja]) {
      expect(/<script[^>]*\ssrc=/i.test(html)).toBe(false);
      expect(/<link[^>]*\shref=/i.test(html)).toBe(false);
      expect(/<(script|link|img|iframe)[^>]*(src|href)=["']?(https?:)?\/\//i.test(html)).toBe(false);
      expect(/url\(\s*['"]?https?:/i.test(html)).toBe(false);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
      // Every link on the page is to this page or to files beside it.
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(href).toMatch(/^(#|charts\/)/);
    }
  });

  it('escapes embedded JSON so a name cannot end its <script> element', () => {
    const html = page('en', hostileData());
    const scripts = html.match(/<script[\s>]/g)!.length;
    expect(html.match(/<\/script>/g)!.length).toBe(scripts);
    expect(html.includes('<script>alert(1)')).toBe(false);
    const island = /id="clustersim-charts">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(/[<>\u2028\u2029]/.test(island)).toBe(false);
    // …and the browser still reads back exactly the original names.
    const charts = dataIsland(html, 'clustersim-charts') as { name: string; spec: { data: { values: { scenario?: string }[] } } }[];
    expect(charts[0].name).toBe('trajectories');
    expect(charts[0].spec.data.values[0].scenario).toBe(HOSTILE);
    // In the page text the same string is HTML-escaped.
    expect(html.includes(`<td>${escapeHtml(HOSTILE)}</td>`)).toBe(true);
  });

  it('embeds every chart with tooltips and the export-only action menu', () => {
    const charts = dataIsland(en, 'clustersim-charts') as { name: string }[];
    expect(charts.map((chart) => chart.name)).toEqual(buildCharts(sampleReportData(), labelsFor('en')).map((chart) => chart.name));
    for (const { name } of charts) expect(en.includes(`<div class="chart" id="vis-${name}" data-chart="${name}"></div>`)).toBe(true);
    expect(dataIsland(en, 'clustersim-embed-options')).toMatchObject({
      mode: 'vega-lite',
      tooltip: true,
      actions: { export: true, source: false, compiled: false, editor: false },
    });
  });

  it('keeps scenario selectors and sweep controls as Vega-Lite params bound to inputs', () => {
    const charts = dataIsland(en, 'clustersim-charts') as { name: string; spec: { params?: { bind?: { input: string } }[] } }[];
    const bound = charts.filter((chart) => chart.spec.params?.some((param) => param.bind?.input === 'select'));
    expect(bound.map((chart) => chart.name)).toEqual(
      expect.arrayContaining(['trajectories', 'cost-effectiveness', 'degree-distribution', 'sweep', 'regional-breakdown']),
    );
  });

  it('shows the manifest summary and a reading guide per chart, in the chosen language', () => {
    expect(ja.includes('<html lang="ja">')).toBe(true);
    expect(ja.includes('実行の概要')).toBe(true);
    expect(ja.includes('<th scope="row">マスターシード</th><td>20240401</td>')).toBe(true);
    expect(ja.includes('<th scope="row">シナリオあたりの試行回数</th><td>12</td>')).toBe(true);
    expect(ja.includes('baseline、continuity、広域連携')).toBe(true);
    expect(ja.includes(`<td>${escapeHtml('Regional policy committee <draft>')}</td>`)).toBe(true);
    expect(ja.match(/<strong>グラフの見方<\/strong>/g)).toHaveLength(13);
    expect(ja.includes(labelsFor('ja').chart('trajectories').guide)).toBe(true);
    expect(ja.includes('How to read this chart')).toBe(false);

    expect(en.includes('<html lang="en">')).toBe(true);
    expect(en.includes('<th scope="row">Master seed</th><td>20240401</td>')).toBe(true);
    expect(en.match(/<strong>How to read this chart<\/strong>/g)).toHaveLength(13);
    expect(en.includes(labelsFor('en').chart('comparison-forest').guide)).toBe(true);
    expect(en.includes('グラフの見方')).toBe(false);
  });

  it('is deterministic: no clock or random content', () => {
    expect(page('ja') === ja).toBe(true);
  });
});

describe('escaping helpers', () => {
  it('scriptSafeJson round-trips and leaves no <, >, & or line separators', () => {
    const value = { a: '</script>', b: 'x & y > z', c: '\u2028\u2029', d: ['<!--'] };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('scriptSafeCode keeps code meaning while removing </script and <!--', () => {
    const code = 'var a = "</script>"; var b = /<\\/SCRIPT/i; var c = "<!--";';
    const safe = scriptSafeCode(code);
    expect(safe).not.toMatch(/<\/script/i);
    expect(safe).not.toContain('<!--');
    const run = (source: string) => new Function(`${source}; return [a, b.source, c];`)() as unknown[];
    expect(run(safe)).toEqual(run(code));
  });
});
