// --lang and --no-report for the commands that end in a committee report; writing it and saying where.
import type { Argv } from 'yargs';
import type { ComparisonResult } from '../experiments/compare.js';
import { reportRuns } from '../experiments/report-runs.js';
import { messages } from '../messages.js';
import { LANGS, writeReport, type Lang, type ReportData } from '../report/index.js';
import type { ComparisonRow } from '../results/compare-runs.js';
import { comparisonTable } from '../results/comparison-table.js';
import type { RegionComparisonRow } from '../results/region-comparison.js';

export function withReportOptions<T>(y: Argv<T>) {
  return y
    .option('lang', { type: 'string', choices: LANGS, default: 'en' as Lang, describe: 'language of the report and charts' })
    .option('report', { type: 'boolean', default: true, describe: 'write charts, report.html and summary.md (--no-report to skip)' })
    .option('png', { type: 'boolean', default: false, describe: 'also write charts/*.png for slides (slower: most of a report\'s time)' });
}

export interface ReportArgs {
  lang: Lang;
  report: boolean;
  png?: boolean;
}

function printReportWritten(files: string[]): void {
  const charts = files.filter((file) => /\.(svg|png|vl\.json)$/.test(file)).length;
  console.log(messages.reportWritten(files[files.length - 1], charts));
}

/** Writes charts/ and report.html into `dir` and says where. */
export async function writeCommitteeReport(dir: string, data: ReportData, args: ReportArgs): Promise<void> {
  if (!args.report) return;
  printReportWritten(await writeReport(dir, data, { lang: args.lang, png: args.png }));
}

/** A report over finished run folders (one scenario each), with paired comparisons if given. */
export async function reportOnRuns(
  dirs: string[],
  outDir: string,
  args: ReportArgs,
  comparisons: ComparisonRow[] = [],
  regionComparisons: RegionComparisonRow[] = [],
): Promise<void> {
  if (!args.report) return;
  printReportWritten(await reportRuns(dirs, outDir, { lang: args.lang, png: args.png, comparisons, regionComparisons }));
}

/** The headline table of a comparison, where comparison.csv went, and the report over its runs. */
export async function printComparison(comparison: ComparisonResult, dirs: string[], args: ReportArgs): Promise<void> {
  console.log(comparisonTable(comparison.rows));
  console.log(messages.comparisonWritten(comparison.file));
  await reportOnRuns(dirs, comparison.dir, args, comparison.rows, comparison.regionRows);
}
