// Binary counterpart of src/io/atomic-file.ts for PNGs: written under a temporary name, synced
// and renamed into place, so a killed run never leaves a truncated image under the final name.
import { closeSync, fsyncSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createFreshFile } from '../io/fresh-file.js';
import { namingFile } from '../io/file-error.js';
import { injectedWriteFailure } from '../io/injected-write-failure.js';

export function writeBinaryFileAtomic(path: string, data: Uint8Array): void {
  // Same temporary suffix as AtomicFile, so cleanup of interrupted runs treats both alike.
  const temporary = `${path}.partial`;
  const fd = createFreshFile(temporary);
  try {
    namingFile(path, () => {
      injectedWriteFailure(temporary);
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      fsyncSync(fd);
      closeSync(fd);
    });
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}
