// Messages between the policy lab's page and its Web Workers (structured-clone friendly): the two
// scenarios once, then one replication per task; replies carry the CLI's own CSV row text.
import type { Scenario } from '../scenario/schema.js';

export type ToLabWorker =
  /** Sent once per run of the lab: the report's scenario and the edited one (index 0 and 1). */
  | { type: 'scenarios'; scenarios: Scenario[]; masterSeed: number }
  | { type: 'task'; scenario: number; replication: number };

export type FromLabWorker =
  /** summary.csv and timeseries.csv rows of the replication, exactly as `clustersim run` writes them. */
  | { type: 'rows'; scenario: number; replication: number; summary: string; timeseries: string }
  | { type: 'failed'; scenario: number; replication: number; detail: string };
