// --lang and --no-report for the commands that end in a committee report, and writing it.
import type { Argv } from 'yargs';
import { messages } from '../messages.js';
import { LANGS, writeReport, type Lang, type ReportData } from '../report/index.js';
import { computeRunStatistics } from '../results/run-statistics.js';
import { runsReportData } from '../results/report-data-from-runs.js';
import type { ComparisonRow } from '../results/compare-runs.js';

export function withReportOptions<T>(y: Argv<T>) {
  return y
    .option('lang', { type: 'string', choices: LANGS, default: 'en' as Lang, describe: 'language of the report and charts' })
    .option('report', { type: 'boolean', default: true, describe: 'write charts and report.html (--no-report to skip)' });
}

export interface ReportArgs {
  lang: Lang;
  report: boolean;
}

/** Writes charts/ and report.html into `dir` and says where. */
export async function writeCommitteeReport(dir: string, data: ReportData, args: ReportArgs): Promise<void> {
  if (!args.report) return;
  const files = await writeReport(dir, data, { lang: args.lang });
  console.log(messages.reportWritten(files[files.length - 1], files.length - 1));
}

/** A report over finished run folders (one scenario each), with paired comparisons if given. */
export async function reportOnRuns(dirs: string[], outDir: string, args: ReportArgs, comparisons: ComparisonRow[] = []): Promise<void> {
  if (!args.report) return;
  const stats = dirs.map((dir) => computeRunStatistics(dir));
  await writeCommitteeReport(outDir, runsReportData(dirs, stats, comparisons), args);
}
