// Runs the replications of a scenario and writes out/<name>/: manifest, summary, timeseries and
// network files. Replication i always uses the seed derived from (master seed, i), whatever the scenario.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { simulateReplication } from '../engine/simulate.js';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { replicationSeed } from '../rng/index.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import { OUTPUT_FILES, ReplicationWriter } from './replication-writer.js';

export interface RunOptions {
  /** Replications; defaults to the scenario's. */
  replications?: number;
  /** Master seed; defaults to the scenario's. */
  seed?: number;
  /** Folder that receives out/<name>/ (default `out`). */
  outRoot?: string;
  /** Called after each replication. */
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  dir: string;
  replications: number;
  seconds: number;
}

export function runScenario(scenario: Scenario, files: string[], options: RunOptions = {}): RunResult {
  const replications = options.replications ?? scenario.replications;
  const masterSeed = options.seed ?? scenario.seed;
  const dir = join(options.outRoot ?? 'out', scenario.name);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(messages.outputWriteFailed(dir, (error as Error).message));
  }
  const started = performance.now();
  const writer = new ReplicationWriter(dir, scenario);
  try {
    for (let rep = 0; rep < replications; rep++) {
      writer.add(simulateReplication(scenario, rep, masterSeed));
      options.onProgress?.(rep + 1, replications);
    }
    writer.commit();
  } catch (error) {
    writer.abandon();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const manifest = {
    clustersim: VERSION,
    node: process.version,
    scenarioFiles: files,
    masterSeed,
    replications,
    replicationSeeds: Array.from({ length: replications }, (_, i) => replicationSeed(masterSeed, i)),
    finishedAt: new Date().toISOString(),
    timings: { seconds, replicationsPerSecond: replications / seconds },
    outputs: Object.values(OUTPUT_FILES),
    scenario,
  };
  writeFileAtomic(join(dir, OUTPUT_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
  return { dir, replications, seconds };
}
