// Opening input files only when they are regular files. A FIFO blocks until a writer comes and a
// device (/dev/zero, a tape, a watchdog) may never end or act on being opened, so both are refused
// from their stat, before any open; the descriptor is then checked to be that same file.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** The path names a FIFO, device, socket or directory: refused without being opened. */
export class NotARegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string) {
    super(`not a regular file: ${path}`);
  }
}

/**
 * A descriptor open for reading on the regular file at `path` (symlinks followed). Node's own errors
 * (ENOENT, EACCES, ...) pass through; anything but a regular file throws NotARegularFileError.
 */
export function openRegularFile(path: string): number {
  const before = statSync(path);
  if (!before.isFile()) throw new NotARegularFileError(path);
  // Non-blocking: if a FIFO replaced the file since the stat, the open still returns (and is refused below).
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const after = fstatSync(fd);
    if (!after.isFile() || after.ino !== before.ino || after.dev !== before.dev) throw new NotARegularFileError(path);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/**
 * At most `maxBytes + 1` bytes of the regular file at `path`, so a caller sees that a file is over
 * its limit (also a /proc-like file whose stat says 0 bytes) without reading all of it.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  return readOpenFile(path, maxBytes + 1);
}

/** The whole regular file at `path` as UTF-8 text (for small files clustersim writes itself: manifests, checkpoints). */
export function readRegularText(path: string): string {
  return readOpenFile(path, Number.MAX_SAFE_INTEGER).toString('utf8');
}

/** Up to `limit` bytes, read in chunks: a file's stat size may be wrong (0 for /proc files) or change. */
function readOpenFile(path: string, limit: number): Buffer {
  const fd = openRegularFile(path);
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    const chunk = Buffer.allocUnsafe(1 << 16);
    while (length < limit) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, limit - length), null);
      if (read === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, read)));
      length += read;
    }
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}
