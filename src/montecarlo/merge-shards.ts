// `clustersim merge`: combines the folders of shards k/N (k = 0..N-1) of one run into exactly the
// row files one machine would have written, interleaving replications back into order.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile } from '../io/atomic-file.js';
import { lockOutputFolder } from '../io/folder-lock.js';
import { digestRunFiles, MANIFEST_FILE, readManifest, requireFinishedRun, ROW_FILES, type RunFiles, STATS_FILE, SUMMARY_FILE, writeManifest } from '../io/run-folder.js';
import { LineReader } from '../io/line-reader.js';
import { InputError, messages } from '../messages.js';
import { replicationSeed } from '../rng/index.js';
import { describeBuild, otherRun, sameBuild, type RunIdentity } from './run-output.js';
import { deriveOutputs } from './derive-outputs.js';
import type { StatisticsSetting } from '../results/run-statistics.js';
import { makeFolder } from '../io/make-folder.js';

interface ShardManifest {
  identity: RunIdentity;
  masterSeed: number;
  replications: number;
  shard: { index: number; count: number };
  timings: { seconds: number };
  statistics?: StatisticsSetting;
  [key: string]: unknown;
}

function readShardManifest(dir: string): ShardManifest {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) throw new InputError(messages.mergeIncompleteShard(dir));
  let manifest: ShardManifest;
  try {
    manifest = readManifest<ShardManifest>(dir);
  } catch {
    throw new InputError(messages.mergeIncompleteShard(dir));
  }
  // Every file the shard's manifest lists must still be what it records (the rows are read from them).
  requireFinishedRun(dir);
  const { identity, shard } = manifest;
  const valid = identity && typeof identity === 'object' && Number.isSafeInteger(identity.replications) && shard && Number.isSafeInteger(shard.index) && Number.isSafeInteger(shard.count) && shard.count > 0;
  if (!valid) throw new InputError(messages.damagedManifest(dir, 'no identity or shard of a run'));
  // A shard made by a build that recorded no code hash cannot be shown to match the others.
  if (typeof identity.codeHash !== 'string') throw new InputError(messages.mergeUnknownBuild(dir, MANIFEST_FILE));
  return manifest;
}

/** Checks the shards belong together and cover the run exactly once; returns them by shard index. */
function orderShards(dirs: string[]): { dirs: string[]; manifests: ShardManifest[] } {
  const manifests = dirs.map(readShardManifest);
  const first = manifests[0];
  const count = first.shard.count;
  const byIndex: (number | undefined)[] = new Array(count).fill(undefined);
  manifests.forEach((m, i) => {
    // Rows of two builds must never mix, even of one scenario and seed: both builds are named.
    if (!sameBuild(m.identity, first.identity)) throw new InputError(messages.mergeBuildMismatch(dirs[0], describeBuild(first.identity), dirs[i], describeBuild(m.identity)));
    const sameRun = m.identity.scenarioDigest === first.identity.scenarioDigest && m.masterSeed === first.masterSeed && m.identity.replications === first.identity.replications;
    if (!sameRun || m.shard.count !== count) throw new InputError(messages.mergeMismatch(dirs[0], dirs[i]));
    const seen = byIndex[m.shard.index];
    if (seen !== undefined) throw new InputError(messages.mergeOverlap(dirs[seen], dirs[i], `${m.shard.index}/${count}`));
    byIndex[m.shard.index] = i;
  });
  const missing = byIndex.flatMap((v, k) => (v === undefined ? [`${k}/${count}`] : []));
  if (missing.length > 0) throw new InputError(messages.mergeMissing(missing));
  const order = byIndex as number[];
  return { dirs: order.map((i) => dirs[i]), manifests: order.map((i) => manifests[i]) };
}

/** Replication index of a row `scenario,replication,...` (scenario names never contain commas). */
function replicationOf(line: string): number {
  const a = line.indexOf(',');
  return Number(line.slice(a + 1, line.indexOf(',', a + 1)));
}

export interface MergeOptions {
  /** Replace another run's results in the output folder. */
  force?: boolean;
  /** Hears of a stale lock taken over. */
  onNotice?: (message: string) => void;
}

export function mergeShards(shardDirs: string[], outDir: string, options: MergeOptions = {}): { replications: number } {
  if (shardDirs.length === 0) throw new InputError(messages.mergeMissing(['0/?']));
  const { dirs, manifests } = orderShards(shardDirs);
  // Held until the merged manifest is written: a run or merge into the same folder is refused meanwhile.
  const lock = lockOutputFolder(outDir, { command: 'merge', onNotice: options.onNotice });
  try {
    return writeMerged(dirs, manifests, outDir, options);
  } finally {
    lock.release();
  }
}

function writeMerged(dirs: string[], manifests: ShardManifest[], outDir: string, options: MergeOptions): { replications: number } {
  const count = dirs.length;
  // The run's replication count (a shard's manifest counts only its own in `replications`).
  const replications = manifests[0].identity.replications;
  // Another run in --out (by the same rule as `run`: its manifest or checkpoint names another
  // scenario or seed) is not replaced without force; the same run merged again is.
  const other = options.force ? undefined : otherRun(outDir, manifests[0].identity);
  if (other) throw new InputError(messages.outputOfOtherRun(outDir, other.file, other.difference));
  // The manifest marks a finished folder: gone until the new one is written, so a merge that fails
  // half-way never leaves an old manifest beside new rows.
  rmSync(join(outDir, MANIFEST_FILE), { force: true });
  const files: RunFiles = {};
  for (const name of ROW_FILES) {
    const readers = dirs.map((dir) => new LineReader(join(dir, name)));
    const out = new AtomicFile(join(outDir, name));
    try {
      const header = readers[0].next() ?? '';
      for (const reader of readers.slice(1)) if (reader.next() !== header) throw new InputError(messages.mergeMismatch(dirs[0], reader.path));
      out.write(header + '\n');
      // The shards' checksums were verified; these checks guard against a shard written wrong in
      // the first place: one summary row per replication, every row of each file taken.
      const isSummary = name === SUMMARY_FILE;
      const fields = header.split(',').length;
      for (let rep = 0; rep < replications; rep++) {
        const reader = readers[rep % count];
        let rows = 0;
        for (let line = reader.peek(); line !== undefined && line !== '' && replicationOf(line) === rep; line = reader.peek()) {
          if (isSummary && line.split(',').length !== fields) throw new InputError(messages.mergeBadRow(reader.path, rep, `${line.split(',').length} of ${fields} fields`));
          out.write(reader.next() + '\n');
          rows++;
        }
        if (isSummary && rows !== 1) throw new InputError(messages.mergeBadRow(reader.path, rep, rows === 0 ? 'no row' : `${rows} rows`));
      }
      for (const reader of readers) {
        const stray = reader.next();
        if (stray !== undefined && (stray !== '' || reader.peek() !== undefined)) throw new InputError(messages.mergeStrayRow(reader.path, stray));
      }
      files[name] = out.commit();
    } catch (error) {
      out.abandon();
      throw error;
    } finally {
      for (const reader of readers) reader.close();
    }
  }
  deriveOutputs(outDir, manifests[0].statistics, manifests[0].masterSeed);
  const first = manifests[0];
  Object.assign(files, digestRunFiles(outDir, [STATS_FILE]));
  writeManifest(outDir, {
    ...first,
    identity: { ...first.identity, shard: '0/1' },
    replications,
    shard: { index: 0, count: 1, rule: 'replication i belongs to shard i mod count' },
    replicationSeeds: Array.from({ length: replications }, (_, i) => replicationSeed(first.masterSeed, i)),
    finishedAt: new Date().toISOString(),
    timings: { seconds: manifests.reduce((sum, m) => sum + m.timings.seconds, 0), mergedFrom: dirs },
    outputs: [MANIFEST_FILE, ...ROW_FILES, STATS_FILE],
    files,
  });
  return { replications };
}
