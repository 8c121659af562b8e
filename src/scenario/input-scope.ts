// Where a scenario may read files from: paths inside scenario files (`extends`, initialNetwork CSVs)
// must stay inside the folder of the scenario named by the user, the working directory, clustersim's
// scenarios/ or a folder the user allowed (--allow-paths), so a scenario handed over cannot read /etc or /proc.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../version.js';

export interface InputScope {
  /** Folders (real paths, symlinks resolved) under which a scenario's files may lie. */
  roots: string[];
}

/** The real path when the path exists (symlinks resolved), else the absolute path as written. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The scope of the scenario file the user named: its folder, the working directory, clustersim's own
 * scenarios/ (whose cases extend ../policies from wherever they are run), and the folders of
 * `allowPaths`, each with everything below it.
 */
export function inputScope(scenarioFile: string, allowPaths: readonly string[] = []): InputScope {
  const roots = [
    dirname(realOrResolved(scenarioFile)),
    realOrResolved(process.cwd()),
    realOrResolved(join(PACKAGE_ROOT, 'scenarios')),
    ...allowPaths.map(realOrResolved),
  ];
  return { roots: [...new Set(roots)] };
}

/** Is `path` (absolute) inside the scope? Judged on its real path, so a symlink cannot lead out. */
export function inScope(scope: InputScope, path: string): boolean {
  const real = realOrResolved(path);
  return scope.roots.some((root) => {
    const rel = relative(root, real);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  });
}
