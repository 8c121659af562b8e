// An output file written front to back with a running SHA-256 and byte count, so a checkpoint can
// record exactly which prefix is complete and a resume can verify and keep it.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { namingFile } from './file-error.js';
import { createFreshFile } from './fresh-file.js';
import { injectedWriteFailure } from './injected-write-failure.js';
import type { FileDigest } from './file-digest.js';

const FLUSH_BYTES = 1 << 20;

/** The length and SHA-256 of the part of the file that is complete. */
export type FilePrefix = FileDigest;

export class AppendFile {
  private fd: number;
  private hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingBytes = 0;
  /** Bytes appended so far (written or pending). */
  bytes = 0;

  private constructor(readonly path: string, fd: number) {
    this.fd = fd;
  }

  /** A new, empty file (an existing file or symlink there is removed first, never written through). */
  static create(path: string): AppendFile {
    return new AppendFile(path, createFreshFile(path));
  }

  /**
   * Reopens a file and keeps its first `prefix.bytes` bytes if their SHA-256 matches; returns
   * undefined when the file is missing, shorter, or different (it cannot be trusted).
   */
  static reopen(path: string, prefix: FilePrefix): AppendFile | undefined {
    let fd: number;
    try {
      // A symlink (ELOOP) or anything but a regular file cannot hold our prefix: start over.
      fd = openSync(path, constants.O_RDWR | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return undefined;
    }
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      return undefined;
    }
    const file = new AppendFile(path, fd);
    const buffer = Buffer.allocUnsafe(1 << 16);
    let position = 0;
    while (position < prefix.bytes) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, prefix.bytes - position), position);
      if (read === 0) break;
      file.hash.update(buffer.subarray(0, read));
      position += read;
    }
    if (position !== prefix.bytes || file.hash.copy().digest('hex') !== prefix.sha256) {
      closeSync(fd);
      return undefined;
    }
    ftruncateSync(fd, prefix.bytes);
    file.bytes = prefix.bytes;
    return file;
  }

  write(text: string): void {
    this.pending.push(text);
    const length = Buffer.byteLength(text);
    this.pendingBytes += length;
    this.bytes += length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** Writes pending text and forces it to disk; returns the durable prefix. */
  sync(): FilePrefix {
    this.flush();
    this.named(() => fsyncSync(this.fd));
    return { bytes: this.bytes, sha256: this.hash.copy().digest('hex') };
  }

  close(): void {
    this.flush();
    this.named(() => closeSync(this.fd));
  }

  /** Closes without writing what is pending (after a failed write): the durable prefix stays as synced. */
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''));
    let offset = 0;
    this.named(() => {
      injectedWriteFailure(this.path);
      while (offset < chunk.length) offset += writeSync(this.fd, chunk, offset, chunk.length - offset, this.bytes - this.pendingBytes + offset);
    });
    this.hash.update(chunk);
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Writes through a descriptor fail without a path (ENOSPC on `write`): add this file's. */
  private named(operation: () => void): void {
    namingFile(this.path, operation);
  }
}
