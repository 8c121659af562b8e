// The committee report over finished run folders: their statistics, and paired comparisons if given,
// as charts/ and report.html in `outDir`. Design reports take their records from the design's result.
import { labInputFromRun } from '../lab/lab-input.js';
import { writeReport, type Lang } from '../report/index.js';
import type { ComparisonRow } from '../results/compare-runs.js';
import type { RegionComparisonRow } from '../results/region-comparison.js';
import { runsReportData } from '../results/report-data-from-runs.js';
import { computeRunStatistics } from '../results/folder-statistics.js';

export interface ReportRunsOptions {
  /** Default 'en'. */
  lang?: Lang;
  /** Also write charts/*.png (default false). */
  png?: boolean;
  comparisons?: ComparisonRow[];
  /** Add the policy lab, starting from the first run's scenario; default true. */
  lab?: boolean;
  regionComparisons?: RegionComparisonRow[];
}

/** Writes the report; returns the paths written, report.html last. */
export async function reportRuns(dirs: readonly string[], outDir: string, options: ReportRunsOptions = {}): Promise<string[]> {
  const stats = dirs.map((dir) => computeRunStatistics(dir));
  const lab = options.lab === false || dirs.length === 0 ? undefined : labInputFromRun(dirs[0]);
  return writeReport(outDir, runsReportData([...dirs], stats, options.comparisons ?? [], options.regionComparisons ?? []), { lang: options.lang ?? 'en', png: options.png, lab });
}
