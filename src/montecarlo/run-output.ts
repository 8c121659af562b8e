// The output folder of one scenario (or shard) while it runs: rows are appended in replication
// order to `*.partial` files, and a checkpoint records the durable prefix after each sync. A killed
// run leaves only partial files and the checkpoint; `finish` renames them into place and writes the
// manifest last, so a folder with manifest.json is complete. A folder holding another run (other
// scenario or seed) is not overwritten without `force`; a failing write (disk full, permissions)
// keeps the last checkpoint and reports how many replications it holds.
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppendFile, type FilePrefix } from '../io/append-file.js';
import { type FolderLock, lockOutputFolder } from '../io/folder-lock.js';
import { CHECKPOINT_FILE, digestRunFiles, MANIFEST_FILE, readManifest, ROW_FILES, runFileDifferences, type RunFiles, writeManifest, writeRunJson } from '../io/run-folder.js';
import { readRegularText } from '../io/regular-file.js';
import { InputError, messages } from '../messages.js';
import { RunStatisticsAccumulator } from '../results/run-statistics.js';
import { forEachCsvLine } from '../results/csv-table.js';
import { ROW_FILE_HEADERS, type ReplicationRows } from './replication-rows.js';

const PARTIAL = '.partial';
/** Where `finish` derives statistics before the row files take their final names. */
const STAGING = '.finishing';

/** What makes two runs the same run: resuming is allowed only when all of it matches. */
export interface RunIdentity {
  scenarioDigest: string;
  masterSeed: number;
  replications: number;
  shard: string;
  /** With --target-ci: `halfWidth:indicators:batch` (then `replications` is the cap). */
  precisionTarget?: string;
  /** The build that wrote the rows: package version and SHA-256 of the code (CODE_HASH). */
  clustersim: string;
  codeHash: string;
}

/** The build of an identity as messages name it (`clustersim 0.1.0, code 3fa4c2d18e0b`). */
export function describeBuild(identity: Partial<RunIdentity> | undefined): string {
  const version = typeof identity?.clustersim === 'string' ? identity.clustersim : 'unknown version';
  const code = typeof identity?.codeHash === 'string' ? identity.codeHash.slice(0, 12) : 'not recorded (an older clustersim)';
  return `clustersim ${version}, code ${code}`;
}

/** True when both identities name the same build (version and code hash). */
export function sameBuild(a: Partial<RunIdentity> | undefined, b: Partial<RunIdentity> | undefined): boolean {
  return typeof a?.codeHash === 'string' && a.codeHash === b?.codeHash && a.clustersim === b?.clustersim;
}

interface Checkpoint {
  identity: RunIdentity;
  /** Replications of the plan that are complete in the files, counted from the start of the plan. */
  completed: number;
  files: FilePrefix[];
}

/** A write to the output folder failed (ENOSPC, EACCES, EIO...); the last checkpoint is intact. */
export class OutputWriteFailure extends Error {
  override name = 'OutputWriteFailure';
  constructor(readonly path: string, readonly reason: string, readonly durable: number) {
    super(messages.outputWriteFailed(path, reason));
  }
}

/** A finished run's manifest as the run describes it: `finish` adds `files` (size and SHA-256 of each output). */
export interface FinishedManifest {
  /** Files of the finished run, manifest.json and the row files included. */
  outputs: readonly string[];
  [key: string]: unknown;
}

export interface OpenOptions {
  /** Continue a matching checkpoint. */
  resume?: boolean;
  /** Replace the outputs of a different run (other scenario or seed) found in the folder. */
  force?: boolean;
  /** Hears of a stale lock taken over. */
  onNotice?: (message: string) => void;
}

export interface OpenedOutput {
  output: RunOutput;
  /** Replications of the plan already on disk (0 on a fresh start). */
  completed: number;
  /** Why a resume had to start over, if it did. */
  notice?: string;
  /** Set when `resume` found this exact run already finished: there is nothing to do. */
  alreadyComplete?: boolean;
}

export class RunOutput {
  private completed: number;
  /** Replications recorded by the last checkpoint that reached the disk. */
  private durable: number;
  /** The row files' size and SHA-256 at the last checkpoint. */
  private synced: FilePrefix[] = [];
  private failure: OutputWriteFailure | undefined;
  /**
   * Statistics of every row in the files, kept as rows are appended: `finish` derives stats.csv
   * from it instead of reading the row files back (the same text in the same order, so the same
   * bytes), which at the end of a long run would be gigabytes read on one thread.
   */
  private readonly statistics = new RunStatisticsAccumulator();

  private constructor(
    readonly dir: string,
    private readonly identity: RunIdentity,
    private readonly files: AppendFile[],
    completed: number,
    /** The folder's lock, held from open until finish or suspend. */
    private readonly lock: FolderLock,
  ) {
    this.completed = completed;
    this.durable = completed;
  }

  /** A fresh folder: the statistics start from the headers alone. */
  private startStatistics(): void {
    for (const name of ROW_FILES) this.statistics.header(name, ROW_FILE_HEADERS[name].trimEnd().split(','));
  }

  /**
   * A resumed folder: the statistics start from the rows kept in the partial files, and the
   * replications those rows complete are counted — the checkpoint's own count is only checked
   * against it. Returns undefined when the rows are not the plan's first replications in order
   * (summary.csv: exactly one row each; the other files: rows of those replications only).
   */
  private readKeptRows(): number | undefined {
    const [first, step] = this.identity.shard.split('/').map(Number);
    let complete = 0;
    let ordered = true;
    ROW_FILES.forEach((name, i) => {
      let previous = -1;
      forEachCsvLine(
        join(this.dir, name + PARTIAL),
        (header) => this.statistics.header(name, header),
        (fields) => {
          const replication = Number(fields[1]);
          if (i === 0) {
            // Replication j of the plan is first + j * step (the shard's; a whole run's step is 1).
            if (replication !== first + complete * step) ordered = false;
            complete++;
          } else if (!(replication >= previous && (replication - first) % step === 0 && replication <= first + (complete - 1) * step)) {
            ordered = false;
          }
          previous = replication;
          this.statistics.row(name, fields);
        },
      );
    });
    return ordered ? complete : undefined;
  }

  /**
   * Opens the folder: continues a matching checkpoint when `resume` is set, else starts clean
   * (a rerun of the same scenario and seed replaces its earlier outputs; another run's need `force`).
   */
  static open(dir: string, identity: RunIdentity, options: OpenOptions | boolean = {}): OpenedOutput {
    const settings = typeof options === 'boolean' ? { resume: options } : options;
    // Before anything in the folder is read or removed: another process's run must stay untouched.
    const lock = lockOutputFolder(dir, { command: 'run', onNotice: settings.onNotice });
    try {
      const opened = RunOutput.openLocked(dir, identity, settings, lock);
      if (opened.alreadyComplete) lock.release();
      return opened;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  private static openLocked(dir: string, identity: RunIdentity, { resume = false, force = false }: OpenOptions, lock: FolderLock): OpenedOutput {
    let notice: string | undefined;
    if (resume) {
      restoreUnfinished(dir);
      const checkpoint = readCheckpoint(dir);
      const finished = checkpoint ? undefined : finishedRun(dir);
      if (finished && JSON.stringify(finished.identity) === JSON.stringify(identity)) {
        // This run, finished: nothing to do, if its files are still what its manifest records.
        const problems = runFileDifferences(dir, finished.files);
        if (problems.length === 0) return { output: new RunOutput(dir, identity, [], 0, lock), completed: identity.replications, alreadyComplete: true };
        notice = messages.resumeFinishedChanged(dir, problems);
      } else if (!checkpoint) {
        notice = messages.nothingToResume(dir);
      } else {
        // Rows of two builds must never mix: the checkpoint's build is named beside this one.
        if (!sameBuild(checkpoint.identity, identity)) throw new InputError(messages.resumeBuildMismatch(dir, describeBuild(checkpoint.identity), describeBuild(identity)));
        if (JSON.stringify(checkpoint.identity) !== JSON.stringify(identity)) throw new InputError(messages.resumeMismatch(dir));
        const files = ROW_FILES.map((name, i) => AppendFile.reopen(join(dir, name + PARTIAL), checkpoint.files[i]));
        let kept: number | undefined;
        if (files.every((f) => f !== undefined)) {
          const output = new RunOutput(dir, identity, files as AppendFile[], 0, lock);
          kept = output.readKeptRows();
          // The count comes from the rows; a checkpoint that says otherwise was edited or is wrong.
          if (kept !== undefined && kept === checkpoint.completed) {
            output.completed = kept;
            output.durable = kept;
            return { output, completed: kept };
          }
        }
        for (const f of files) f?.close();
        notice =
          kept === undefined
            ? messages.resumeCorrupt(dir, Number.isSafeInteger(checkpoint.completed) ? checkpoint.completed : 0)
            : messages.resumeCountMismatch(dir, String(checkpoint.completed).slice(0, 20), kept);
      }
    }
    if (!force) {
      const other = otherRun(dir, identity);
      if (other) throw new InputError(messages.outputOfOtherRun(dir, other.file, other.difference));
      // Saved replications of an interrupted run are not deleted by a rerun that forgot --resume.
      const saved = resume ? undefined : readCheckpoint(dir);
      if (saved && saved.completed > 0) throw new InputError(messages.checkpointInTheWay(dir, saved.completed));
    }
    // A fresh start: nothing of an earlier run may remain looking complete.
    const files: AppendFile[] = [];
    try {
      for (const name of [MANIFEST_FILE, CHECKPOINT_FILE, ...ROW_FILES]) rmSync(join(dir, name), { force: true });
      rmSync(join(dir, STAGING), { recursive: true, force: true });
      for (const name of ROW_FILES) files.push(AppendFile.create(join(dir, name + PARTIAL)));
    } catch (error) {
      for (const file of files) file.discard();
      throw writeFailure(error, dir, 0);
    }
    files.forEach((file, i) => file.write(ROW_FILE_HEADERS[ROW_FILES[i]]));
    const output = new RunOutput(dir, identity, files, 0, lock);
    output.startStatistics();
    output.checkpoint();
    return { output, completed: 0, notice };
  }

  /** Appends the next replication of the plan (the caller keeps replication order). */
  append(rows: ReplicationRows): void {
    // A summary-only job's rows (design points) would leave the other files a replication short.
    if (rows.text.length !== ROW_FILES.length) throw new Error(`run output: replication ${rows.replication} has ${rows.text.length} of ${ROW_FILES.length} row files (a summary-only job?)`);
    // Statistics first: rows they reject (a value no summary accepts) must not reach the files,
    // where a checkpoint would record them without counting the replication.
    rows.text.forEach((text, i) => {
      for (const line of text.split('\n')) if (line !== '') this.statistics.row(ROW_FILES[i], line.split(','));
    });
    this.guard(() => rows.text.forEach((text, i) => this.files[i].write(text)));
    this.completed++;
  }

  /** Makes everything appended so far durable and records it. */
  checkpoint(): void {
    this.guard(() => {
      const files = this.files.map((file) => file.sync());
      const checkpoint: Checkpoint = { identity: this.identity, completed: this.completed, files };
      writeRunJson(this.dir, CHECKPOINT_FILE, checkpoint);
      this.synced = files;
    });
    this.durable = this.completed;
  }

  /**
   * Leaves the folder resumable (after an interruption or a failure). After a failed write only
   * the files are closed: the last checkpoint stays as it was, and a resume drops what follows it.
   */
  suspend(): void {
    try {
      this.closeResumable();
    } finally {
      this.lock.release();
    }
  }

  private closeResumable(): void {
    if (!this.failure) {
      try {
        this.checkpoint();
      } catch {
        /* this.failure is set: fall through to the quiet close */
      }
    }
    if (this.failure) {
      for (const file of this.files) file.discard();
      throw this.failure;
    }
    for (const file of this.files) file.close();
  }

  /** Runs a write; a file-system failure becomes an OutputWriteFailure naming the file, and sticks. */
  private guard(write: () => void): void {
    if (this.failure) throw this.failure;
    try {
      write();
    } catch (error) {
      this.failure = writeFailure(error, this.dir, this.durable);
      throw this.failure;
    }
  }

  /**
   * Lets `derive` write what is computed from the row files (statistics, as accumulated from the
   * rows appended), renames the row files
   * into place and writes the manifest last. `derive` works in a staging folder of hard links to
   * the partial files, so the row files appear under their final names only a few renames before
   * the manifest (not for the seconds statistics of a long run take); where links are not
   * supported, the files are renamed first.
   */
  finish(manifest: FinishedManifest, derive: (dir: string, statistics: RunStatisticsAccumulator) => void): void {
    try {
      this.finishLocked(manifest, derive);
    } finally {
      this.lock.release();
    }
  }

  private finishLocked(manifest: FinishedManifest, derive: (dir: string, statistics: RunStatisticsAccumulator) => void): void {
    this.checkpoint();
    this.guard(() => {
      for (const file of this.files) file.close();
      const staging = join(this.dir, STAGING);
      rmSync(staging, { recursive: true, force: true });
      if (linkRowFiles(this.dir, staging)) {
        derive(staging, this.statistics);
        for (const name of readdirSync(staging)) {
          if (!(ROW_FILES as readonly string[]).includes(name)) renameSync(join(staging, name), join(this.dir, name));
        }
        rmSync(staging, { recursive: true, force: true });
        for (const name of ROW_FILES) renameSync(join(this.dir, name + PARTIAL), join(this.dir, name));
      } else {
        for (const name of ROW_FILES) renameSync(join(this.dir, name + PARTIAL), join(this.dir, name));
        derive(this.dir, this.statistics);
      }
      // Every file of the run with its size and SHA-256: the row files' from their running hashes,
      // the derived ones (statistics, small) read back.
      const derived = manifest.outputs.filter((name) => name !== MANIFEST_FILE && !(ROW_FILES as readonly string[]).includes(name));
      const files: RunFiles = {};
      ROW_FILES.forEach((name, i) => (files[name] = this.synced[i]));
      Object.assign(files, digestRunFiles(this.dir, derived));
      writeManifest(this.dir, { ...manifest, files });
    });
    rmSync(join(this.dir, CHECKPOINT_FILE), { force: true });
  }
}

/** Hard links `staging/<row file>` to the partial files; false (and no staging folder) where links fail. */
function linkRowFiles(dir: string, staging: string): boolean {
  mkdirSync(staging);
  try {
    for (const name of ROW_FILES) linkSync(join(dir, name + PARTIAL), join(staging, name));
    return true;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV' || code === 'EMLINK') return false;
    throw error;
  }
}

/** Errors with an errno code (ENOSPC, EACCES, EROFS, EIO...) name the file when Node knows it. */
function writeFailure(error: unknown, fallbackPath: string, durable: number): OutputWriteFailure {
  if (error instanceof OutputWriteFailure) return error;
  const errno = error as NodeJS.ErrnoException;
  if (!errno?.code) throw error;
  return new OutputWriteFailure(errno.path ?? fallbackPath, errno.message, durable);
}

/**
 * A finish interrupted after renaming the row files but before the manifest leaves them under
 * their final names beside a checkpoint: rename them back so a resume verifies and keeps them.
 */
function restoreUnfinished(dir: string): void {
  if (existsSync(join(dir, MANIFEST_FILE)) || !existsSync(join(dir, CHECKPOINT_FILE))) return;
  for (const name of ROW_FILES) {
    const partial = join(dir, name + PARTIAL);
    if (!existsSync(partial) && existsSync(join(dir, name))) renameSync(join(dir, name), partial);
  }
}

/**
 * The file (manifest or checkpoint) showing that the folder holds a different run — another
 * scenario or master seed — and how it differs. Replication count and shard may differ: that is
 * a rerun of the same experiment, which replaces its earlier outputs.
 */
export function otherRun(dir: string, identity: RunIdentity): { file: string; difference: string } | undefined {
  const differs = (other: RunIdentity | undefined): string | undefined => {
    if (!other || typeof other !== 'object') return 'its identity cannot be read';
    const found: string[] = [];
    if (other.scenarioDigest !== identity.scenarioDigest) found.push('another scenario or scenario version');
    if (other.masterSeed !== identity.masterSeed) found.push(`seed ${String(other.masterSeed)}, not ${identity.masterSeed}`);
    return found.length > 0 ? found.join('; ') : undefined;
  };
  if (existsSync(join(dir, MANIFEST_FILE))) {
    let recorded: RunIdentity | undefined;
    try {
      recorded = readManifest<{ identity?: RunIdentity }>(dir).identity;
    } catch {
      recorded = undefined;
    }
    const difference = differs(recorded);
    if (difference) return { file: MANIFEST_FILE, difference };
  }
  // An unreadable checkpoint only guards partial results that could not be resumed anyway.
  const checkpoint = readCheckpoint(dir);
  const difference = checkpoint ? differs(checkpoint.identity) : undefined;
  return difference ? { file: CHECKPOINT_FILE, difference } : undefined;
}

function readCheckpoint(dir: string): Checkpoint | undefined {
  const path = join(dir, CHECKPOINT_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(readRegularText(path)) as Checkpoint;
    return Array.isArray(parsed.files) && parsed.files.length === ROW_FILES.length ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The identity and files recorded in a finished run's manifest, if there is a readable one. */
function finishedRun(dir: string): { identity: RunIdentity; files: unknown } | undefined {
  try {
    const manifest = readManifest<{ identity?: RunIdentity; files?: unknown }>(dir);
    return manifest.identity ? { identity: manifest.identity, files: manifest.files } : undefined;
  } catch {
    return undefined;
  }
}
