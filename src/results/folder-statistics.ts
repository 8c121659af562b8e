// Statistics of a finished run folder, read from its row files (the accumulator itself, in
// run-statistics.ts, reads no files, so the policy lab can run it in a browser).
import { join } from 'node:path';
import { ROW_FILES } from '../io/run-folder.js';
import { forEachCsvLine } from './csv-table.js';
import { RunStatisticsAccumulator, type RunStatistics, type StatisticsOptions } from './run-statistics.js';

/** Statistics of a finished run folder, from its row files alone. */
export function computeRunStatistics(dir: string, options: StatisticsOptions = {}): RunStatistics {
  const statistics = new RunStatisticsAccumulator();
  for (const file of ROW_FILES) forEachCsvLine(join(dir, file), (header) => statistics.header(file, header), (fields) => statistics.row(file, fields));
  return statistics.result(options);
}
