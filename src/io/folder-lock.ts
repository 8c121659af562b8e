// An exclusive lock on an output folder, held for a run's life: `clustersim.lock` is created with
// O_EXCL and names the holder (host, pid, start time, command). A lock left by a dead process on
// this host is taken over; one from another host cannot be checked from here and is refused.
import { makeFolder } from './make-folder.js';
import { closeSync, existsSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError, messages } from '../messages.js';

export const LOCK_FILE = 'clustersim.lock';

/** What a lock file records about its holder. */
export interface LockHolder {
  host: string;
  pid: number;
  startedAt: string;
  command: string;
}

export interface FolderLockOptions {
  /** What takes the lock (`run`, `merge`...), recorded for whoever finds the folder locked. */
  command: string;
  /** Hears of a stale lock taken over. */
  onNotice?: (message: string) => void;
}

/** True when a process with this pid exists on this machine (EPERM: it exists, owned by another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.host !== 'string' || !Number.isSafeInteger(value.pid) || typeof value.startedAt !== 'string') return undefined;
    return { host: value.host, pid: value.pid as number, startedAt: value.startedAt, command: String(value.command ?? '') };
  } catch {
    return undefined;
  }
}

export class FolderLock {
  private released = false;

  private constructor(readonly dir: string, readonly holder: LockHolder) {}

  /**
   * Takes the folder's lock (the folder must exist), or throws an InputError naming the holder. A
   * lock of a dead process on this host is taken over with a notice; an unreadable lock file (a
   * process killed while writing it) counts as stale only when it is not being written now, which
   * the caller cannot know: it is refused like a live lock, with how to remove it.
   */
  static acquire(dir: string, options: FolderLockOptions): FolderLock {
    const path = join(dir, LOCK_FILE);
    const holder: LockHolder = { host: hostname(), pid: process.pid, startedAt: new Date().toISOString(), command: options.command };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (FolderLock.create(path, holder)) return new FolderLock(dir, holder);
      const found = readHolder(path);
      if (!found) {
        if (!existsSync(path)) continue; // released between our attempt and the read
        throw new InputError(messages.folderLockUnreadable(dir, path));
      }
      if (found.host !== holder.host) throw new InputError(messages.folderLockedElsewhere(dir, found, path));
      if (found.pid === process.pid || processAlive(found.pid)) throw new InputError(messages.folderLocked(dir, found, path));
      if (FolderLock.takeOver(path, found)) options.onNotice?.(messages.folderLockTakenOver(dir, found));
    }
    throw new InputError(messages.folderLockUnreadable(dir, path));
  }

  /** Creates the lock file with O_EXCL; false when one exists. The content is complete before it appears. */
  private static create(path: string, holder: LockHolder): boolean {
    const temporary = `${path}.${holder.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify(holder, null, 2) + '\n');
    } finally {
      closeSync(fd);
    }
    try {
      // link() fails with EEXIST when the lock exists: an atomic create of a complete file.
      linkSync(temporary, path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  }

  /**
   * Moves a stale lock aside. Two processes may find the same stale lock: the one whose rename
   * moved a lock that is no longer the stale one (the other's fresh lock) puts it back.
   */
  private static takeOver(path: string, stale: LockHolder): boolean {
    const aside = `${path}.stale.${process.pid}`;
    try {
      renameSync(path, aside);
    } catch {
      return false; // someone else moved it first
    }
    const moved = readHolder(aside);
    const same = moved !== undefined && moved.pid === stale.pid && moved.host === stale.host && moved.startedAt === stale.startedAt;
    if (!same) {
      try {
        linkSync(aside, path);
      } catch {
        /* a third process holds the lock now; the moved one's owner will find its lock gone at release */
      }
    }
    rmSync(aside, { force: true });
    return same;
  }

  /** Gives the lock up (idempotent); only a lock file that is still ours is removed. */
  release(): void {
    if (this.released) return;
    this.released = true;
    const path = join(this.dir, LOCK_FILE);
    const found = readHolder(path);
    if (found && found.pid === this.holder.pid && found.host === this.holder.host && found.startedAt === this.holder.startedAt) rmSync(path, { force: true });
  }
}

/** Creates the output folder if needed (an InputError when it cannot be) and takes its lock. */
export function lockOutputFolder(dir: string, options: FolderLockOptions): FolderLock {
  makeFolder(dir);
  return FolderLock.acquire(dir, options);
}

/** Runs `work` with the folder locked, releasing the lock when it settles. */
export async function withFolderLock<T>(dir: string, options: FolderLockOptions, work: () => Promise<T> | T): Promise<T> {
  const lock = lockOutputFolder(dir, options);
  try {
    return await work();
  } finally {
    lock.release();
  }
}
