// What a finished run folder gets beyond its row files: statistics computed from those files only,
// so a run, a resumed run and merged shards derive the same bytes.
import { computeRunStatistics, statisticsOptions, type StatisticsSetting } from '../results/run-statistics.js';
import { writeStatistics } from '../results/write-statistics.js';

export function deriveOutputs(dir: string, setting: StatisticsSetting | undefined, masterSeed: number): void {
  writeStatistics(dir, computeRunStatistics(dir, statisticsOptions(setting, masterSeed)));
}
