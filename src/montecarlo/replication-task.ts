// One unit of Monte Carlo work: simulate a replication and format its rows. The same function runs
// in worker threads and in-process (--workers 1), so both produce the same bytes.
import { simulateReplication, simulateSummary } from '../engine/simulate.js';
import type { Scenario } from '../scenario/schema.js';
import { formatReplication, summaryRow, type ReplicationRows } from './replication-rows.js';

/**
 * Test hook: a replication index that throws, to exercise failure handling end to end
 * (worker crash, completed rows kept, --resume). Unset in normal use.
 */
export const FAIL_REPLICATION_ENV = 'CLUSTERSIM_TEST_FAIL_REPLICATION';

/**
 * `summaryOnly`: the summary row alone (text[0]), for callers that keep nothing else (design
 * points): no network diagnostics, no time-series text — the same summary row, for less.
 */
export function runReplicationTask(scenario: Scenario, replication: number, masterSeed: number, summaryOnly = false): ReplicationRows {
  const failAt = process.env[FAIL_REPLICATION_ENV];
  if (failAt !== undefined && Number(failAt) === replication) {
    throw new Error(`injected failure (${FAIL_REPLICATION_ENV}=${failAt})`);
  }
  if (summaryOnly) return { replication, text: [summaryRow(scenario, simulateSummary(scenario, replication, masterSeed))] };
  return formatReplication(scenario, simulateReplication(scenario, replication, masterSeed));
}
