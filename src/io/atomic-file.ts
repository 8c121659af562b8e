// Atomic output files: written under a temporary name and renamed into place when complete, so
// a killed run never leaves a half-written file that looks complete. A symlink planted at either
// name is replaced, never written through.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { FileDigest } from './file-digest.js';
import { namingFile } from './file-error.js';
import { createFreshFile } from './fresh-file.js';
import { injectedWriteFailure } from './injected-write-failure.js';

export class AtomicFile {
  private readonly temporary: string;
  private fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  /** Size and SHA-256 of what was written, for the manifest. */
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(readonly path: string) {
    this.temporary = `${path}.partial`;
    this.fd = createFreshFile(this.temporary);
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''));
    namingFile(this.path, () => {
      injectedWriteFailure(this.temporary);
      for (let offset = 0; offset < chunk.length; ) offset += writeSync(this.fd, chunk, offset, chunk.length - offset);
    });
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Flushes, syncs to disk and renames into place; returns the file's size and SHA-256. */
  commit(): FileDigest {
    this.flush();
    namingFile(this.path, () => {
      fsyncSync(this.fd);
      closeSync(this.fd);
    });
    renameSync(this.temporary, this.path);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Gives up: the temporary file is removed, nothing appears under the final name. */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    rmSync(this.temporary, { force: true });
  }
}

/** Writes a whole file atomically. */
export function writeFileAtomic(path: string, content: string): void {
  const file = new AtomicFile(path);
  try {
    file.write(content);
    file.commit();
  } catch (error) {
    file.abandon();
    throw error;
  }
}
