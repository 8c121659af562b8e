// Errors of the file system (a full disk, no permission, a read-only mount) named by the file they
// concern: writes through a descriptor fail without a path (ENOSPC on `write`), which a user needs.

/** Runs `operation`; a system error it throws without a path gets `path`. */
export function namingFile<T>(path: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    const errno = error as NodeJS.ErrnoException;
    if (errno && typeof errno === 'object' && errno.code && !errno.path) errno.path = path;
    throw error;
  }
}

/** An error from the operating system (it has an errno code and a system call), as opposed to a bug. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string; syscall: string } {
  if (!(error instanceof Error)) return false;
  const errno = error as NodeJS.ErrnoException;
  return typeof errno.code === 'string' && /^E[A-Z]+$/.test(errno.code) && typeof errno.syscall === 'string';
}
