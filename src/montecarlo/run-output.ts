// The output folder of one scenario (or shard) while it runs: rows are appended in replication
// order to `*.partial` files, and a checkpoint records the durable prefix after each sync. A killed
// run leaves only partial files and the checkpoint; `finish` renames them into place and writes the
// manifest last, so a folder with manifest.json is complete.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppendFile, type FilePrefix } from '../io/append-file.js';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { ROW_FILE_HEADERS, ROW_FILES, type ReplicationRows } from './replication-rows.js';

export const MANIFEST_FILE = 'manifest.json';
export const CHECKPOINT_FILE = 'checkpoint.json';
const PARTIAL = '.partial';

/** What makes two runs the same run: resuming is allowed only when all of it matches. */
export interface RunIdentity {
  scenarioDigest: string;
  masterSeed: number;
  replications: number;
  shard: string;
  /** With --target-ci: `halfWidth:indicators:batch` (then `replications` is the cap). */
  precisionTarget?: string;
}

interface Checkpoint {
  identity: RunIdentity;
  /** Replications of the plan that are complete in the files, counted from the start of the plan. */
  completed: number;
  files: FilePrefix[];
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

  private constructor(readonly dir: string, private readonly identity: RunIdentity, private readonly files: AppendFile[], completed: number) {
    this.completed = completed;
  }

  /** Opens the folder: continues a matching checkpoint when `resume` is set, else starts clean. */
  static open(dir: string, identity: RunIdentity, resume: boolean): OpenedOutput {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new InputError(messages.outputWriteFailed(dir, (error as Error).message));
    }
    let notice: string | undefined;
    if (resume) {
      const checkpoint = readCheckpoint(dir);
      if (!checkpoint && finishedIdentity(dir) === JSON.stringify(identity)) {
        return { output: new RunOutput(dir, identity, [], 0), completed: identity.replications, alreadyComplete: true };
      }
      if (!checkpoint) {
        notice = messages.nothingToResume(dir);
      } else {
        if (JSON.stringify(checkpoint.identity) !== JSON.stringify(identity)) throw new InputError(messages.resumeMismatch(dir));
        const files = ROW_FILES.map((name, i) => AppendFile.reopen(join(dir, name + PARTIAL), checkpoint.files[i]));
        if (files.every((f) => f !== undefined)) {
          return { output: new RunOutput(dir, identity, files as AppendFile[], checkpoint.completed), completed: checkpoint.completed };
        }
        for (const f of files) f?.close();
        notice = messages.resumeCorrupt(dir, checkpoint.completed);
      }
    }
    // A fresh start: nothing of an earlier run may remain looking complete.
    for (const name of [MANIFEST_FILE, CHECKPOINT_FILE, ...ROW_FILES]) rmSync(join(dir, name), { force: true });
    const files = ROW_FILES.map((name) => AppendFile.create(join(dir, name + PARTIAL)));
    files.forEach((file, i) => file.write(ROW_FILE_HEADERS[ROW_FILES[i]]));
    const output = new RunOutput(dir, identity, files, 0);
    output.checkpoint();
    return { output, completed: 0, notice };
  }

  /** Appends the next replication of the plan (the caller keeps replication order). */
  append(rows: ReplicationRows): void {
    rows.text.forEach((text, i) => this.files[i].write(text));
    this.completed++;
  }

  /** Makes everything appended so far durable and records it. */
  checkpoint(): void {
    const files = this.files.map((file) => file.sync());
    const checkpoint: Checkpoint = { identity: this.identity, completed: this.completed, files };
    writeFileAtomic(join(this.dir, CHECKPOINT_FILE), JSON.stringify(checkpoint, null, 2) + '\n');
  }

  /** Leaves the folder resumable (after an interruption or a failure). */
  suspend(): void {
    this.checkpoint();
    for (const file of this.files) file.close();
  }

  /**
   * Renames the row files into place, lets `derive` write what is computed from them (statistics,
   * charts), and writes the manifest last.
   */
  finish(manifest: object, derive: (dir: string) => void): void {
    this.checkpoint();
    for (const file of this.files) file.close();
    for (const name of ROW_FILES) renameSync(join(this.dir, name + PARTIAL), join(this.dir, name));
    derive(this.dir);
    writeFileAtomic(join(this.dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    rmSync(join(this.dir, CHECKPOINT_FILE), { force: true });
  }
}

function readCheckpoint(dir: string): Checkpoint | undefined {
  const path = join(dir, CHECKPOINT_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
    return Array.isArray(parsed.files) && parsed.files.length === ROW_FILES.length ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The identity recorded in a finished run's manifest, as JSON, if there is one. */
function finishedIdentity(dir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { identity?: RunIdentity };
    return manifest.identity ? JSON.stringify(manifest.identity) : undefined;
  } catch {
    return undefined;
  }
}

/** Throws a clear InputError unless `dir` holds a finished run (manifest.json is written last). */
export function requireFinishedRun(dir: string): void {
  if (!existsSync(join(dir, MANIFEST_FILE))) throw new InputError(messages.notAFinishedRun(dir));
}
