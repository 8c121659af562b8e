// Creating an output file without following anything planted at its path: whatever is there (a
// stale file, a symlink to /etc/passwd or another run's file) is removed, not written through.
import { constants, openSync, rmSync } from 'node:fs';

/**
 * A descriptor open for writing on a new, empty regular file at `path`. A symlink at `path` is
 * removed (not its target); O_EXCL | O_NOFOLLOW make the create fail rather than follow one planted
 * between the removal and the open.
 */
export function createFreshFile(path: string): number {
  rmSync(path, { force: true });
  return openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
}
