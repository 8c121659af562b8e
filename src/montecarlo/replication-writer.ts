// Writes replication results of one scenario to out/<run>/ as CSV, in replication order.
import { join } from 'node:path';
import type { ReplicationResult } from '../engine/simulate.js';
import { INDICATOR_COUNT, INDICATOR_NAMES } from '../model/indicators.js';
import { AGENT_KIND_NAMES } from '../model/vocabulary.js';
import { AtomicFile } from '../io/atomic-file.js';
import { csvRow } from '../io/csv.js';
import type { Scenario } from '../scenario/schema.js';

export const OUTPUT_FILES = {
  summary: 'summary.csv',
  timeseries: 'timeseries.csv',
  network: 'network.csv',
  degrees: 'degree-distribution.csv',
  manifest: 'manifest.json',
} as const;

export class ReplicationWriter {
  private readonly summary: AtomicFile;
  private readonly timeseries: AtomicFile;
  private readonly network: AtomicFile;
  private readonly degrees: AtomicFile;
  private readonly regionIds: string[];

  constructor(dir: string, private readonly scenario: Scenario) {
    this.regionIds = scenario.regions.map((r) => r.id);
    this.summary = new AtomicFile(join(dir, OUTPUT_FILES.summary));
    this.timeseries = new AtomicFile(join(dir, OUTPUT_FILES.timeseries));
    this.network = new AtomicFile(join(dir, OUTPUT_FILES.network));
    this.degrees = new AtomicFile(join(dir, OUTPUT_FILES.degrees));
    this.summary.write(csvRow(['scenario', 'replication', 'seed', ...INDICATOR_NAMES]));
    this.timeseries.write(csvRow(['scenario', 'replication', 'quarter', 'region', ...INDICATOR_NAMES]));
    this.network.write(csvRow(['scenario', 'replication', 'rank', 'agent', 'kind', 'region', 'degree', 'betweenness', 'constraint']));
    this.degrees.write(csvRow(['scenario', 'replication', 'degree', 'count']));
  }

  add(result: ReplicationResult): void {
    const name = this.scenario.name;
    const rep = result.replication;
    this.summary.write(csvRow([name, rep, result.seed, ...result.summary]));
    const rows = this.regionIds.length + 1;
    const ts = result.timeseries;
    for (let q = 0; q < this.scenario.horizonQuarters; q++) {
      for (let r = 0; r < rows; r++) {
        const offset = (q * rows + r) * INDICATOR_COUNT;
        this.timeseries.write(csvRow([name, rep, q, r < rows - 1 ? this.regionIds[r] : 'all', ...ts.subarray(offset, offset + INDICATOR_COUNT)]));
      }
    }
    for (const hub of result.network.hubs) {
      this.network.write(csvRow([name, rep, hub.rank, hub.agent, AGENT_KIND_NAMES[hub.kind], this.regionIds[hub.region], hub.degree, hub.betweenness, hub.constraint]));
    }
    result.network.degreeCounts.forEach((count, degree) => {
      if (count > 0) this.degrees.write(csvRow([name, rep, degree, count]));
    });
  }

  commit(): void {
    for (const file of [this.summary, this.timeseries, this.network, this.degrees]) file.commit();
  }

  abandon(): void {
    for (const file of [this.summary, this.timeseries, this.network, this.degrees]) file.abandon();
  }
}
