// report.html: one self-contained page a committee opens offline — the run's summary, each chart
// with a reading guide, tooltips and selectors, and vega/vega-lite/vega-embed inlined (no CDN; a
// Content-Security-Policy forbids any network request outright).
import type { ChartSpec } from './build-charts.js';
import type { ExecutiveSummary } from './executive-summary.js';
import { embeddedFontFace } from './embedded-font.js';
import { escapeHtml, scriptSafeCode, scriptSafeJson } from './html-escape.js';
import type { ReportLabels } from './labels.js';
import type { ManifestSummary } from './report-data.js';
import { summaryHtml } from './summary-html.js';
import { loadVegaLibraries, type VegaLibraries } from './vega-libraries.js';

export interface ReportHtmlInput {
  charts: readonly ChartSpec[];
  manifest: ManifestSummary;
  labels: ReportLabels;
  /** Shown first, before the charts; absent: the page starts with the run's facts. */
  summary?: ExecutiveSummary;
  /** Link each chart's files in charts/ (written beside the page by writeReport). */
  chartFiles?: { svg: boolean; png: boolean };
  /** Defaults to the builds in node_modules; tests may pass stand-ins. */
  libraries?: VegaLibraries;
  /** The policy lab's section (lab-section.ts), placed after the charts; none when absent. */
  labSection?: string;
  /** Embed the font subset (default true); tests of the page's structure may skip it. */
  embedFont?: boolean;
}

// Vega compiles expressions with Function, hence 'unsafe-eval'; downloads use data:/blob: URLs; the
// policy lab starts its Web Workers from blob: URLs of inlined code; the embedded font is a data: URL
// (font-src). Nothing is fetched.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; font-src data:";

/** Where the font's <style> goes, once the page's text is known. */
const FONT_PLACEHOLDER = '<!-- clustersim-font -->';

const STYLE = `
body { font-family: 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, system-ui, sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 1.5rem 2rem 4rem; color: #222; line-height: 1.6; }
h1 { font-size: 1.6rem; margin-bottom: 0.3rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
table.manifest { border-collapse: collapse; margin: 0.5rem 0 1rem; }
table.manifest th, table.manifest td { text-align: left; padding: 0.25rem 1rem 0.25rem 0; vertical-align: top; }
table.manifest th { font-weight: 600; color: #444; white-space: nowrap; }
nav ol { columns: 2; padding-left: 1.2rem; }
.guide { background: #f6f7f9; border-left: 4px solid #1f4e79; padding: 0.6rem 0.9rem; max-width: 60rem; }
.guide strong { display: block; }
.chart { overflow-x: auto; margin: 0.8rem 0; }
.chart[data-rendered="error"] { color: #a00; }
.files { font-size: 0.85rem; color: #555; }
.vega-bindings { margin: 0.3rem 0; }
.vega-bind { display: inline-block; margin-right: 1.2rem; }
.vega-bind-name { margin-right: 0.3rem; }
#summary { background: #fbfbf7; border: 1px solid #e2e0d0; padding: 0.2rem 1.2rem 1rem; margin-top: 1rem; }
#summary h2 { margin-top: 0.8rem; }
#summary h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }
table.summary { border-collapse: collapse; margin: 0.3rem 0; font-variant-numeric: tabular-nums; }
table.summary th, table.summary td { border-bottom: 1px solid #e4e4e4; padding: 0.25rem 0.8rem 0.25rem 0; text-align: right; vertical-align: top; }
table.summary th[scope="row"], table.summary thead th:first-child { text-align: left; font-weight: 600; }
#summary-differences td, #summary-differences th { text-align: left; }
#summary .note { font-size: 0.85rem; color: #555; margin: 0.2rem 0; }
`;

export function buildReportHtml(input: ReportHtmlInput): string {
  const { charts, manifest, labels } = input;
  const page = labels.page;
  const libraries = input.libraries ?? loadVegaLibraries();
  const lines: string[] = [];
  const push = (...parts: string[]) => lines.push(...parts);

  push(
    '<!DOCTYPE html>',
    `<html lang="${labels.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="clustersim ${escapeHtml(manifest.version)}">`,
    `<title>${escapeHtml(page.documentTitle)}</title>`,
    FONT_PLACEHOLDER,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(page.heading)}</h1>`,
    `<p>${escapeHtml(page.intro)}</p>`,
    `<noscript><p>${escapeHtml(page.noScript)}</p></noscript>`,
  );
  if (input.summary) push(...summaryHtml(input.summary));

  push(`<section id="about"><h2>${escapeHtml(page.aboutRun)}</h2>`, '<table class="manifest">');
  const row = (name: string, value: string) => push(`<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`);
  row(page.scenarios, manifest.scenarios.join(page.listSeparator));
  row(page.masterSeed, String(manifest.masterSeed));
  row(page.replications, String(manifest.replications));
  row(page.version, manifest.version);
  if (manifest.generatedFor) row(page.generatedFor, manifest.generatedFor);
  push('</table>', `<p>${escapeHtml(page.controlsHint)} ${input.chartFiles ? escapeHtml(page.files) : ''}</p>`, '</section>');

  if (charts.length > 0) {
    push(`<nav><h2>${escapeHtml(page.contents)}</h2><ol>`);
    for (const { name } of charts) push(`<li><a href="#chart-${name}">${escapeHtml(labels.chart(name).title)}</a></li>`);
    push('</ol></nav>');
  }

  for (const { name } of charts) {
    const text = labels.chart(name);
    push(
      `<section id="chart-${name}" class="chart-section">`,
      `<h2>${escapeHtml(text.title)}</h2>`,
      `<div class="guide"><strong>${escapeHtml(page.readingGuide)}</strong>${escapeHtml(text.guide)}</div>`,
      `<div class="chart" id="vis-${name}" data-chart="${name}"></div>`,
    );
    if (input.chartFiles) {
      const links = [`<a href="charts/${name}.svg">SVG</a>`];
      if (input.chartFiles.png) links.push(`<a href="charts/${name}.png">PNG</a>`);
      links.push(`<a href="charts/${name}.vl.json">Vega-Lite JSON</a>`);
      push(`<p class="files">${links.join(' · ')}</p>`);
    }
    push('</section>');
  }

  // --- policy lab hook (lab-section.ts): its own section, scripts and styles, after the charts ---
  if (input.labSection) push(input.labSection);

  const embedOptions = {
    mode: 'vega-lite',
    renderer: 'svg',
    tooltip: true,
    // Export only: the source, compiled and editor actions would open the Vega website.
    actions: { export: true, source: false, compiled: false, editor: false },
    ...(labels.lang === 'ja'
      ? { i18n: { CLICK_TO_VIEW_ACTIONS: '操作メニュー', PNG_ACTION: 'PNGとして保存', SVG_ACTION: 'SVGとして保存' } }
      : {}),
  };
  const chartsJson = scriptSafeJson(charts);
  // The font subset covers every character of the page and of the charts' specs (titles, labels, data).
  const fontIndex = lines.indexOf(FONT_PLACEHOLDER);
  lines[fontIndex] = input.embedFont === false ? '' : `<style>${embeddedFontFace(lines.join('\n') + chartsJson + JSON.stringify(embedOptions))}</style>`;
  push(
    `<script>${scriptSafeCode(libraries.vega)}</script>`,
    `<script>${scriptSafeCode(libraries.vegaLite)}</script>`,
    `<script>${scriptSafeCode(libraries.vegaEmbed)}</script>`,
    `<script type="application/json" id="clustersim-charts">${chartsJson}</script>`,
    `<script type="application/json" id="clustersim-embed-options">${scriptSafeJson(embedOptions)}</script>`,
    `<script type="application/json" id="clustersim-text">${scriptSafeJson({ failed: page.chartFailed })}</script>`,
    `<script>${scriptSafeCode(BOOTSTRAP)}</script>`,
    '</body>',
    '</html>',
    '',
  );
  return lines.join('\n');
}

/**
 * Draws every chart; marks each container data-rendered="true" or "error" and the body
 * data-charts-done when all have settled, so a headless browser test knows when to look.
 */
const BOOTSTRAP = `(function () {
  'use strict';
  function read(id) { return JSON.parse(document.getElementById(id).textContent); }
  var charts = read('clustersim-charts');
  var options = read('clustersim-embed-options');
  var text = read('clustersim-text');
  var pending = charts.map(function (chart) {
    var el = document.getElementById('vis-' + chart.name);
    var chartOptions = Object.assign({}, options, { downloadFileName: chart.name });
    return vegaEmbed(el, chart.spec, chartOptions).then(function () {
      el.setAttribute('data-rendered', 'true');
    }, function (error) {
      el.setAttribute('data-rendered', 'error');
      el.textContent = text.failed + ' ' + (error && error.message ? error.message : String(error));
      console.error(error);
    });
  });
  Promise.all(pending).then(function () { document.body.setAttribute('data-charts-done', String(charts.length)); });
})();`;
