// Browser entry of the policy lab (bundled by build-lab.ts into report.html, evaluated when a reader
// opens the lab): the lever form, the Run button with its progress bar, and the results drawn with
// the report's own Vega-Lite spec builders, plus the edited scenario as YAML.
import { stringify } from 'yaml';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { formatNumber } from '../io/csv.js';
import { buildFanChart } from '../report/fan-chart.js';
import { buildForestPlot } from '../report/forest-plot.js';
import { labTextsFor, type LabTexts } from '../report/lab-labels.js';
import { labelsFor, type ReportLabels } from '../report/labels.js';
import { buildExecutiveSummary } from '../report/executive-summary.js';
import type { ReportData } from '../report/report-data.js';
import { summaryHtml } from '../report/summary-html.js';
import { comparisonRecords, fundingPeriods, regionNames, scenarioRecord, trajectoryRecords } from '../results/run-records.js';
import { scenarioDifferences } from '../results/scenario-differences.js';
import type { Scenario } from '../scenario/schema.js';
import type { LabData } from './lab-data.js';
import { buildLabForm, editedScenario } from './lab-form.js';
import { runPaired, type PairedRows } from './lab-runner.js';
import { labStatistics, summaryCsv } from './lab-statistics.js';

/** vega-embed's global, inlined by report.html before the lab loads. */
declare const vegaEmbed: (element: HTMLElement, spec: unknown, options: Record<string, unknown>) => Promise<unknown>;

const EMBED_OPTIONS = { mode: 'vega-lite', renderer: 'svg', tooltip: true, actions: { export: true, source: false, compiled: false, editor: false } };
const MAX_REPLICATIONS = 10_000;

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`report.html has no #${id}`);
  return found as T;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  if (text !== undefined) made.textContent = text;
  return made;
}

/** A download of `text`; its Blob URL joins `urls`, released when a new run replaces the links. */
function downloadLink(urls: string[], text: string, fileName: string, type: string, label: string, id: string): HTMLAnchorElement {
  const href = URL.createObjectURL(new Blob([text], { type }));
  urls.push(href);
  return node('a', { id, download: fileName, href }, label);
}

function summaryTable(data: ReturnType<typeof labStatistics>, texts: LabTexts, labels: ReportLabels): HTMLTableElement {
  const table = node('table', { class: 'lab-summary', id: 'lab-summary' });
  const head = node('tr');
  for (const title of [texts.indicator, texts.baselineMean, texts.variantMean, texts.difference, texts.ci, texts.pAdjusted]) head.append(node('th', { scope: 'col' }, title));
  table.append(node('thead'), node('tbody'));
  table.tHead!.append(head);
  const mean = (s: number, indicator: string) => data.stats[s].indicators.find((row) => row.indicator === indicator && row.quarter === 'all')?.summary.mean ?? NaN;
  for (const indicator of SUMMARY_COLUMNS) {
    const comparison = data.comparisons.find((row) => row.indicator === indicator);
    const row = node('tr', { 'data-indicator': indicator });
    row.append(node('th', { scope: 'row' }, labels.indicator(indicator)));
    row.append(node('td', { 'data-value': 'baselineMean' }, formatNumber(mean(0, indicator))));
    row.append(node('td', { 'data-value': 'variantMean' }, formatNumber(mean(1, indicator))));
    row.append(node('td', { 'data-value': 'meanDiff' }, comparison ? formatNumber(comparison.meanDiff) : ''));
    row.append(node('td', {}, comparison && Number.isFinite(comparison.ciLow) ? `[${formatNumber(comparison.ciLow)}, ${formatNumber(comparison.ciHigh)}]` : ''));
    row.append(node('td', { 'data-value': 'pAdjusted' }, comparison ? formatNumber(comparison.pAdjusted) : ''));
    if (comparison && comparison.pAdjusted < 0.05) row.classList.add('lab-significant');
    table.tBodies[0].append(row);
  }
  return table;
}

/** The CLI report's executive summary of the lab's two scenarios (same builder, same sentences). */
function executiveSummary(data: ReturnType<typeof labStatistics>, scenarios: Scenario[], masterSeed: number, lang: LabData['lang']): HTMLElement {
  const report: ReportData = {
    manifest: { scenarios: data.stats.map((s) => s.scenario), masterSeed, replications: data.stats[0].replications, version: '' },
    comparisons: comparisonRecords(data.comparisons),
    scenarios: scenarios.map((scenario, i) => scenarioRecord(scenario, data.stats[i])),
    differences: scenarioDifferences(scenarios[0], scenarios[1]).map((d) => ({ variant: data.stats[1].scenario, ...d })),
    regionNames: regionNames(scenarios),
  };
  const block = node('div', { class: 'lab-executive-summary', id: 'lab-executive-summary' });
  // summaryHtml escapes every text it places; the markup is the CLI report's own.
  block.innerHTML = summaryHtml(buildExecutiveSummary(report, lang)).join('\n');
  return block;
}

async function showResults(target: HTMLElement, downloadUrls: string[], rows: PairedRows, scenarios: Scenario[], texts: LabTexts, labels: ReportLabels, lab: LabData): Promise<void> {
  const data = labStatistics(rows);
  const fan = buildFanChart(trajectoryRecords(data.stats), scenarios.flatMap(fundingPeriods), labels);
  const forest = buildForestPlot(comparisonRecords(data.comparisons), labels);
  const variant = scenarios[1];
  for (const url of downloadUrls.splice(0)) URL.revokeObjectURL(url);
  target.replaceChildren(
    node('h3', {}, texts.summaryHeading),
    node('p', { class: 'lab-note' }, texts.summaryNote),
    executiveSummary(data, scenarios, lab.masterSeed, lab.lang),
    summaryTable(data, texts, labels),
    node('p', { class: 'lab-downloads' }),
    node('div', { class: 'chart', id: 'lab-chart-trajectories', 'data-lab-chart': 'trajectories' }),
    node('div', { class: 'chart', id: 'lab-chart-forest', 'data-lab-chart': 'forest' }),
  );
  const downloads = target.querySelector<HTMLElement>('.lab-downloads')!;
  downloads.append(
    downloadLink(downloadUrls, stringify(variant), `${variant.name}.yaml`, 'application/yaml', texts.downloadYaml, 'lab-download-yaml'),
    ' · ',
    downloadLink(downloadUrls, summaryCsv(rows, 1), 'summary.csv', 'text/csv', texts.downloadSummary, 'lab-download-summary'),
    node('br'),
    texts.downloadNote,
  );
  await Promise.all([
    vegaEmbed(byId('lab-chart-trajectories'), fan, { ...EMBED_OPTIONS, downloadFileName: 'lab-trajectories' }),
    vegaEmbed(byId('lab-chart-forest'), forest, { ...EMBED_OPTIONS, downloadFileName: 'lab-forest' }),
  ]);
}

function start(): void {
  const root = byId('lab-root');
  const data: LabData = JSON.parse(byId('clustersim-lab-data').textContent ?? '');
  const workerCode = byId('clustersim-lab-worker').textContent ?? '';
  const texts = labTextsFor(data.lang);
  const labels = labelsFor(data.lang);
  if (typeof Worker === 'undefined') {
    root.replaceChildren(node('p', {}, texts.noWorkers));
    root.setAttribute('data-lab-state', 'error');
    return;
  }
  const cores = Math.max(1, navigator.hardwareConcurrency || 1);
  const form = buildLabForm(data, texts, labels);
  const replications = node('input', { type: 'number', id: 'lab-replications', min: '2', max: String(MAX_REPLICATIONS), step: '1', value: String(data.replications) });
  const run = node('button', { type: 'button', id: 'lab-run' }, texts.run);
  const reset = node('button', { type: 'button', id: 'lab-reset' }, texts.reset);
  const progress = node('progress', { id: 'lab-progress', max: '1', value: '0' });
  const status = node('span', { id: 'lab-status', role: 'status' });
  const results = node('div', { id: 'lab-results' });
  const downloadUrls: string[] = [];
  const bar = node('div', { class: 'lab-bar' });
  const field = (text: string, control: HTMLElement) => {
    const label = node('label', {}, `${text} `);
    label.append(control);
    return label;
  };
  bar.append(
    field(texts.replications, replications),
    node('span', {}, `${texts.seed}: ${data.masterSeed}`),
    node('span', {}, `${texts.cores}: ${cores}`),
    run,
    reset,
    progress,
    status,
  );
  root.replaceChildren(bar, form.element, results);
  reset.addEventListener('click', () => form.reset());

  run.addEventListener('click', () => {
    const count = Math.min(MAX_REPLICATIONS, Math.max(2, Math.round(Number(replications.value) || data.replications)));
    replications.value = String(count);
    const scenarios = [data.scenario, editedScenario(data, form.values(), count)];
    run.disabled = true;
    root.setAttribute('data-lab-state', 'running');
    progress.value = 0;
    const started = performance.now();
    runPaired({
      workerCode,
      scenarios,
      masterSeed: data.masterSeed,
      replications: count,
      workers: cores,
      onProgress: (done, total) => {
        progress.value = done / total;
        status.textContent = texts.running(done, total);
      },
    })
      .then(async (rows) => {
        const seconds = (performance.now() - started) / 1000;
        root.setAttribute('data-lab-seconds', seconds.toFixed(3));
        status.textContent = texts.finished(count, seconds.toFixed(1));
        await showResults(results, downloadUrls, rows, scenarios, texts, labels, data);
        root.setAttribute('data-lab-state', 'done');
      })
      .catch((error: unknown) => {
        status.textContent = `${texts.failed} ${error instanceof Error ? error.message : String(error)}`;
        root.setAttribute('data-lab-state', 'error');
      })
      .finally(() => {
        run.disabled = false;
      });
  });
  root.setAttribute('data-lab-state', 'ready');
}

start();
