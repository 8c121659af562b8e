// Test hook: makes writes of one output file fail as a full disk (or a read-only one) would, so the
// failure paths of run, report and merge are tested end to end without filling a real disk.
import { basename } from 'node:path';

/** `CLUSTERSIM_TEST_FAIL_WRITE=ENOSPC:report.html`: writing report.html (or report.html.partial) throws ENOSPC. */
export const FAIL_WRITE_ENV = 'CLUSTERSIM_TEST_FAIL_WRITE';

const REASONS: Readonly<Record<string, [number, string]>> = {
  ENOSPC: [-28, 'no space left on device'],
  EACCES: [-13, 'permission denied'],
  EROFS: [-30, 'read-only file system'],
  EIO: [-5, 'i/o error'],
};

/** Throws the injected error when the hook names this file; nothing otherwise (also in production). */
export function injectedWriteFailure(path: string): void {
  const spec = process.env[FAIL_WRITE_ENV];
  if (!spec) return;
  const [code, name] = spec.split(':');
  const file = basename(path);
  if (file !== name && file !== `${name}.partial`) return;
  const [errno, text] = REASONS[code] ?? REASONS.ENOSPC;
  // Without a path, as Node's own error from a write through a descriptor.
  throw Object.assign(new Error(`${code}: ${text}, write`), { code, errno, syscall: 'write' });
}
