// The size and SHA-256 of a file's content: what manifests record of every file of a finished run,
// so readers can tell a folder changed after the run (a row deleted, a file truncated or replaced).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** The digest of text as it is written (UTF-8). */
export function digestText(text: string): FileDigest {
  const buffer = Buffer.from(text);
  return { bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}

/** The digest of a file, read in chunks (row files can be gigabytes). */
export function digestFile(path: string): FileDigest {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  let bytes = 0;
  try {
    for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) {
      hash.update(buffer.subarray(0, read));
      bytes += read;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}
