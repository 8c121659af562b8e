// What a finished run folder gets beyond its row files: statistics of the rows in those files (as a
// run accumulated them while writing, or read back from the files), so a run, a resumed run and
// merged shards derive the same bytes.
import { computeRunStatistics } from '../results/folder-statistics.js';
import { statisticsOptions, type RunStatisticsAccumulator, type StatisticsSetting } from '../results/run-statistics.js';
import { writeStatistics } from '../results/write-statistics.js';

/** `accumulated`: the statistics of the rows as they were written (a run); else the files are read (a merge). */
export function deriveOutputs(dir: string, setting: StatisticsSetting | undefined, masterSeed: number, accumulated?: RunStatisticsAccumulator): void {
  const options = statisticsOptions(setting, masterSeed);
  writeStatistics(dir, accumulated ? accumulated.result(options) : computeRunStatistics(dir, options));
}
