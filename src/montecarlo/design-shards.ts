// Shards of a design (sweep or sensitivity): `--shard k/N` evaluates the points with runId mod N == k
// into <name>.shard-k-of-N/ (points.csv: the summary values of each point and replication; design.json:
// what the design is, written last so its presence marks a finished shard). `merge-design` checks the
// shards belong together and cover the design once, and reassembles the points in run-id order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { digestText } from '../io/file-digest.js';
import { DESIGN_FILE, POINTS_FILE, runFileDifferences, type RunFiles, writeRunFile, writeRunJson } from '../io/run-folder.js';
import { csvRow } from '../io/csv.js';
import { NotARegularFileError, readRegularText } from '../io/regular-file.js';
import { InputError, messages } from '../messages.js';
import type { DesignPoint } from '../stats/index.js';
import type { PointResult } from '../results/design-tables.js';
import { describeBuild, sameBuild } from './run-output.js';
import type { Shard } from './shard.js';

const POINTS_HEADER = ['runId', 'replication', 'seed', ...SUMMARY_COLUMNS];

/** design.json of a shard: the design's description (`spec`, rebuilt by the merge) and the shard. */
export interface DesignShardManifest<Spec = unknown> {
  format: 'clustersim-design-shard/1';
  /** Scenario name (for the report) and digest (shards of different scenarios must not merge). */
  scenario: string;
  scenarioDigest: string;
  spec: Spec;
  /** Points of the whole design. */
  points: number;
  shard: { index: number; count: number; rule: string };
  version: string;
  /** SHA-256 of the code that evaluated the points (CODE_HASH): shards of two builds are not merged. */
  codeHash: string;
  /** points.csv's size and SHA-256, checked before a merge reads it. */
  files?: RunFiles;
}

/** The design's points that belong to the shard. */
export function shardPoints<V>(points: DesignPoint<V>[], shard: Shard): DesignPoint<V>[] {
  return points.filter((p) => p.runId % shard.count === shard.index);
}

/** Writes points.csv, then design.json (last: it marks the shard finished). */
export function writeDesignShard(dir: string, manifest: Omit<DesignShardManifest, 'format' | 'shard' | 'files'>, shard: Shard, results: PointResult[]): void {
  const lines = [csvRow(POINTS_HEADER)];
  for (const point of results) {
    point.summaries.forEach((values, replication) => lines.push(csvRow([point.runId, replication, point.seeds[replication], ...values])));
  }
  const points = lines.join('');
  writeRunFile(dir, POINTS_FILE, points);
  const full: DesignShardManifest = {
    format: 'clustersim-design-shard/1',
    ...manifest,
    shard: { index: shard.index, count: shard.count, rule: 'design point runId belongs to shard runId mod count' },
    files: { [POINTS_FILE]: digestText(points) },
  };
  writeRunJson(dir, DESIGN_FILE, full);
}

function readManifest(dir: string): DesignShardManifest {
  const path = join(dir, DESIGN_FILE);
  if (!existsSync(path) || !existsSync(join(dir, POINTS_FILE))) throw new InputError(messages.mergeDesignIncomplete(dir));
  let manifest: DesignShardManifest;
  try {
    manifest = JSON.parse(readRegularText(path)) as DesignShardManifest;
    if (manifest.format !== 'clustersim-design-shard/1' || !manifest.shard) throw new Error('not a design shard');
  } catch {
    throw new InputError(messages.mergeDesignIncomplete(dir));
  }
  // points.csv must be what the shard wrote: a deleted or edited row would shift the design's results.
  const problems = runFileDifferences(dir, manifest.files, DESIGN_FILE);
  if (problems.length > 0) throw new InputError(messages.runFolderChanged(dir, problems));
  return manifest;
}

/** The manifest without what differs between shards of one design. */
function sameDesignKey(m: DesignShardManifest): string {
  return JSON.stringify({ ...m, shard: { count: m.shard.count }, version: undefined, codeHash: undefined, files: undefined });
}

/** A summary cell as parseSummaryRow reads it (empty = no value). */
function cellValue(text: string): number {
  if (text === '') return NaN;
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/** points.csv as text; a FIFO or device in its place is refused unopened. */
function readPointsText(path: string, dir: string): string {
  try {
    return readRegularText(path);
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new InputError(messages.notARegularInput(path));
    throw error;
  }
}

function readPoints(dir: string, replications: number, into: Map<number, PointResult>): void {
  const path = join(dir, POINTS_FILE);
  const [header, ...lines] = readPointsText(path, dir).split('\n');
  if (header !== POINTS_HEADER.join(',')) throw new InputError(messages.mergeDesignIncomplete(dir));
  for (const line of lines) {
    if (line === '') continue;
    const fields = line.split(',');
    const runId = Number(fields[0]);
    const replication = Number(fields[1]);
    let point = into.get(runId);
    if (!point) {
      point = { runId, values: {}, summaries: new Array(replications), seeds: new Array(replications) };
      into.set(runId, point);
    }
    point.seeds[replication] = fields[2];
    point.summaries[replication] = Float64Array.from(SUMMARY_COLUMNS, (_, i) => cellValue(fields[3 + i]));
  }
}

/**
 * Checks the shard folders hold shards k/N (k = 0..N-1) of one design, each once, and returns their
 * manifest and every point's results in run-id order (values left empty: the caller rebuilds the
 * design and fills them in).
 */
export function readDesignShards(dirs: string[]): { manifest: DesignShardManifest; results: PointResult[] } {
  if (dirs.length === 0) throw new InputError(messages.mergeMissing(['0/?']));
  const manifests = dirs.map(readManifest);
  const first = manifests[0];
  const count = first.shard.count;
  const key = sameDesignKey(first);
  const byIndex: (number | undefined)[] = new Array(count).fill(undefined);
  const buildOf = (m: DesignShardManifest) => ({ clustersim: m.version, codeHash: m.codeHash });
  manifests.forEach((m, i) => {
    if (typeof m.codeHash !== 'string') throw new InputError(messages.mergeUnknownBuild(dirs[i], DESIGN_FILE));
    if (!sameBuild(buildOf(m), buildOf(first))) throw new InputError(messages.mergeBuildMismatch(dirs[0], describeBuild(buildOf(first)), dirs[i], describeBuild(buildOf(m))));
    if (sameDesignKey(m) !== key) throw new InputError(messages.mergeDesignMismatch(dirs[0], dirs[i]));
    const seen = byIndex[m.shard.index];
    if (seen !== undefined) throw new InputError(messages.mergeOverlap(dirs[seen], dirs[i], `${m.shard.index}/${count}`));
    byIndex[m.shard.index] = i;
  });
  const missing = byIndex.flatMap((v, k) => (v === undefined ? [`${k}/${count}`] : []));
  if (missing.length > 0) throw new InputError(messages.mergeMissing(missing));
  const replications = (first.spec as { replications: number }).replications;
  const points = new Map<number, PointResult>();
  for (const i of byIndex as number[]) readPoints(dirs[i], replications, points);
  const results: PointResult[] = [];
  for (let runId = 0; runId < first.points; runId++) {
    const point = points.get(runId);
    const complete = point !== undefined && Array.from({ length: replications }, (_, r) => point.summaries[r] !== undefined).every(Boolean);
    if (!complete) throw new InputError(messages.mergeDesignIncomplete(dirs[byIndex[runId % count] as number]));
    results.push(point);
  }
  return { manifest: first, results };
}
