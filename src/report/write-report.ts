// The report library's entry point: from a run's records to charts/NAME.vl.json|svg|png and
// report.html in a run folder, every file written atomically, report.html last.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-file.js';
import { CHARTS_DIR, EXECUTIVE_SUMMARY_FILE, REPORT_FILE } from '../io/run-folder.js';
import { writeBinaryFileAtomic } from './atomic-binary-file.js';
import { buildCharts, type ChartOptions } from './build-charts.js';
import { CHART_NAMES, type ChartName } from './chart-names.js';
import { buildExecutiveSummary } from './executive-summary.js';
import { labelsFor, type Lang } from './labels.js';
import { buildLabSection, type LabSectionInput } from './lab-section.js';
import { renderPng } from './render-png.js';
import { renderSvg } from './render-svg.js';
import type { ReportData } from './report-data.js';
import { buildReportHtml } from './report-html.js';
import { reportMessages } from './report-messages.js';
import { summaryMarkdown } from './summary-markdown.js';
import { makeFolder } from '../io/make-folder.js';

export interface WriteReportOptions extends ChartOptions {
  lang: Lang;
  /** Also write charts/NAME.png (for slides); default false: PNGs take most of a report's time. */
  png?: boolean;
  /** Receives Vega-Lite/Vega warnings (a clean chart has none); default: ignored. */
  onWarning?: (chart: ChartName, message: string) => void;
  /** Adds the policy lab, starting from this run's scenario (lab-section.ts). */
  lab?: LabSectionInput;
}

/**
 * Writes the charts the data support (charts without records are skipped) and report.html into
 * `dir`, and returns the paths written, in writing order. Chart files of this report's chart
 * names left from an earlier report of the same folder are removed, so the folder never mixes
 * two reports. summary.md (the executive summary) is written just before report.html.
 */
export async function writeReport(dir: string, data: ReportData, options: WriteReportOptions): Promise<string[]> {
  const labels = labelsFor(options.lang);
  const png = options.png ?? false;
  const charts = buildCharts(data, labels, options);
  const chartsDir = join(dir, CHARTS_DIR);
  makeFolder(chartsDir);
  const written: string[] = [];

  for (const { name, spec } of charts) {
    let svg: string;
    try {
      const rendering = await renderSvg(spec);
      svg = rendering.svg;
      for (const warning of rendering.warnings) options.onWarning?.(name, warning);
    } catch (error) {
      throw new Error(reportMessages.chartFailed(name, (error as Error).message));
    }
    const base = join(chartsDir, name);
    writeFileAtomic(`${base}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
    writeFileAtomic(`${base}.svg`, svg);
    written.push(`${base}.vl.json`, `${base}.svg`);
    if (png) {
      writeBinaryFileAtomic(`${base}.png`, renderPng(svg));
      written.push(`${base}.png`);
    }
  }

  const kept = new Set(written);
  for (const name of CHART_NAMES) {
    for (const extension of ['.vl.json', '.svg', '.png']) {
      const stale = join(chartsDir, `${name}${extension}`);
      if (!kept.has(stale)) rmSync(stale, { force: true });
    }
  }

  const summary = buildExecutiveSummary(data, options.lang);
  const summaryPath = join(dir, EXECUTIVE_SUMMARY_FILE);
  writeFileAtomic(summaryPath, `${summaryMarkdown(summary, labels.page.heading)}\n`);
  written.push(summaryPath);

  const labSection = options.lab && buildLabSection(options.lab, options.lang);
  const html = buildReportHtml({ charts, manifest: data.manifest, labels, summary, chartFiles: { svg: true, png }, labSection });
  const reportPath = join(dir, REPORT_FILE);
  writeFileAtomic(reportPath, html);
  written.push(reportPath);
  return written;
}
