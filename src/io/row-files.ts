// The names of a run folder's per-replication row files, apart from run-folder.ts (which reads and
// writes files), so code that also runs in a browser (the policy lab's workers) can name them.
export const SUMMARY_FILE = 'summary.csv';
/** Per-replication CSV outputs, in the order they are written; every row starts `scenario,replication`. */
export const ROW_FILES = [SUMMARY_FILE, 'timeseries.csv', 'network.csv', 'degree-distribution.csv'] as const;
export type RowFile = (typeof ROW_FILES)[number];
