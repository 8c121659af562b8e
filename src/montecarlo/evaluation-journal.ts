// The evaluation journal of a design (sweep, sensitivity, calibrate): every evaluated point's values
// and per-replication summaries, one JSON line each, synced as it completes, so an interrupted design
// resumes (`--resume`) with bit-identical values and runs only the points it does not hold.
import { createHash } from 'node:crypto';
import { closeSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppendFile } from '../io/append-file.js';
import { namingFile } from '../io/file-error.js';
import { openRegularFile } from '../io/regular-file.js';
import { InputError, messages } from '../messages.js';
import type { PointResult } from '../results/design-tables.js';

export const JOURNAL_FILE = 'evaluations.jsonl';

/** What must match for a journal's evaluations to be reused: the design, the base scenario, the seeds, the build. */
export interface JournalIdentity {
  command: string;
  /** The design's own settings (parameters, method, sizes, targets), as JSON. */
  design: unknown;
  scenario: string;
  scenarioDigest: string;
  masterSeed: number;
  replications: number;
  version: string;
  codeHash: string;
}

export interface JournalOptions {
  resume?: boolean;
  force?: boolean;
  onNotice?: (message: string) => void;
}

interface Saved {
  summaries: Float64Array[];
  seeds: string[];
}

/**
 * Numbers as JSON keeps them except the ones JSON cannot hold: NaN, ±Infinity and -0 are written as
 * strings, so every value reads back bit for bit.
 */
function encodeNumber(value: number): number | string {
  return Number.isFinite(value) && !Object.is(value, -0) ? value : Object.is(value, -0) ? '-0' : String(value);
}

function decodeNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value === '-0') return -0;
  if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
  throw new Error('not a number');
}

/** A point's identity in the journal: its parameter values as JSON (the seeds are the journal's). */
function pointKey(values: Record<string, unknown>): string {
  return JSON.stringify(values);
}

export class EvaluationJournal {
  private constructor(
    readonly path: string,
    private readonly file: AppendFile,
    private readonly saved: Map<string, Saved>,
  ) {}

  /** Evaluations held (read back from an earlier run, and recorded since). */
  get size(): number {
    return this.saved.size;
  }

  /**
   * Opens the folder's journal for a design. Without `resume`, a journal holding evaluations is
   * refused (unless `force`); with it, one of another design or build is refused (unless `force`)
   * and a torn last line (the process killed mid-write) is dropped.
   */
  static open(dir: string, identity: JournalIdentity, options: JournalOptions = {}): EvaluationJournal {
    const path = join(dir, JOURNAL_FILE);
    const header = JSON.stringify({ journal: 'clustersim evaluations', identity });
    const found = readJournal(path, identity.replications);
    if (found && found.entries.size > 0 && !options.force) {
      if (!options.resume) throw new InputError(messages.designJournalInTheWay(dir, found.entries.size));
      if (found.header !== header) {
        throw new InputError(messages.designJournalMismatch(dir, describeIdentity(found.identity), describeIdentity(identity), found.entries.size));
      }
    }
    if (options.resume && !options.force && found && found.header === header && found.entries.size > 0) {
      if (found.dropped > 0) options.onNotice?.(messages.designJournalTorn(path, found.dropped));
      const file = AppendFile.reopen(path, { bytes: found.bytes, sha256: found.sha256 });
      if (file) return new EvaluationJournal(path, file, found.entries);
    } else if (options.resume && !found) {
      options.onNotice?.(messages.designNothingToResume(dir));
    }
    const file = AppendFile.create(path);
    file.write(`${header}\n`);
    file.sync();
    return new EvaluationJournal(path, file, new Map());
  }

  /** The saved evaluation of a point with these values, if any. */
  find(runId: number, values: Record<string, unknown>): PointResult | undefined {
    const saved = this.saved.get(pointKey(values));
    return saved && { runId, values, summaries: saved.summaries.map((s) => s.slice()), seeds: saved.seeds.slice() };
  }

  /** Appends a point's evaluation and forces it to disk before the design goes on. */
  record(result: PointResult): void {
    const key = pointKey(result.values);
    if (this.saved.has(key)) return;
    const summaries = result.summaries.map((s) => Array.from(s, encodeNumber));
    this.file.write(`${JSON.stringify({ values: result.values, seeds: result.seeds, summaries })}\n`);
    this.file.sync();
    this.saved.set(key, { summaries: result.summaries.map((s) => s.slice()), seeds: result.seeds.slice() });
  }

  close(): void {
    this.file.discard();
  }

  /** The design is finished and its files written: the journal is no longer needed. */
  remove(): void {
    this.file.close();
    namingFile(this.path, () => rmSync(this.path, { force: true }));
  }
}

interface ReadJournal {
  header: string;
  identity: Partial<JournalIdentity>;
  entries: Map<string, Saved>;
  /** Bytes of the lines kept, and their SHA-256 (the file is cut back to them). */
  bytes: number;
  sha256: string;
  /** Lines dropped at the end: torn by a kill mid-write, or damaged. */
  dropped: number;
}

/** The journal's valid lines, or undefined when there is no readable journal (none, or no complete header). */
function readJournal(path: string, replications: number): ReadJournal | undefined {
  let text: Buffer;
  try {
    text = readWhole(path);
  } catch {
    return undefined;
  }
  const lines: Buffer[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf(10, start);
    lines.push(text.subarray(start, end < 0 ? text.length : end + 1));
    start = end < 0 ? text.length : end + 1;
  }
  let header: { identity?: Partial<JournalIdentity> };
  try {
    if (lines.length === 0 || lines[0][lines[0].length - 1] !== 10) return undefined;
    header = JSON.parse(lines[0].toString('utf8')) as { identity?: Partial<JournalIdentity> };
    if (typeof header !== 'object' || header === null || typeof header.identity !== 'object') return undefined;
  } catch {
    return undefined;
  }
  const entries = new Map<string, Saved>();
  const hash = createHash('sha256').update(lines[0]);
  let bytes = lines[0].length;
  let kept = 1;
  for (; kept < lines.length; kept++) {
    const line = lines[kept];
    const entry = line[line.length - 1] === 10 ? parseEntry(line.toString('utf8'), replications) : undefined;
    if (!entry) break;
    entries.set(pointKey(entry.values), { summaries: entry.summaries, seeds: entry.seeds });
    hash.update(line);
    bytes += line.length;
  }
  return {
    header: lines[0].toString('utf8').slice(0, -1),
    identity: header.identity ?? {},
    entries,
    bytes,
    sha256: hash.digest('hex'),
    dropped: lines.length - kept,
  };
}

function parseEntry(text: string, replications: number): (Saved & { values: Record<string, unknown> }) | undefined {
  try {
    const raw = JSON.parse(text) as { values?: unknown; seeds?: unknown; summaries?: unknown };
    const { values, seeds, summaries } = raw;
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return undefined;
    if (!Array.isArray(seeds) || seeds.length !== replications || !seeds.every((s) => typeof s === 'string')) return undefined;
    if (!Array.isArray(summaries) || summaries.length !== replications || !summaries.every(Array.isArray)) return undefined;
    return {
      values: values as Record<string, unknown>,
      seeds: seeds as string[],
      summaries: (summaries as unknown[][]).map((row) => Float64Array.from(row, decodeNumber)),
    };
  } catch {
    return undefined;
  }
}

function readWhole(path: string): Buffer {
  const fd = openRegularFile(path);
  try {
    const chunks: Buffer[] = [];
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) chunks.push(Buffer.from(buffer.subarray(0, read)));
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** One line naming a journal's design and build, for the refusal of a mismatch. */
function describeIdentity(identity: Partial<JournalIdentity>): string {
  const design = identity.design === undefined ? '?' : JSON.stringify(identity.design);
  return `${identity.command ?? '?'} of ${identity.scenario ?? '?'} (scenario ${String(identity.scenarioDigest ?? '?').slice(0, 12)}, ` +
    `seed ${identity.masterSeed ?? '?'}, ${identity.replications ?? '?'} replications, design ${design}, ` +
    `clustersim ${identity.version ?? '?'} code ${String(identity.codeHash ?? '?').slice(0, 12)})`;
}
