// Creating an output folder and its missing parents one level at a time. Node 20's recursive
// mkdirSync loops forever (100% CPU) on paths it cannot create such as /proc/x/out; this fails fast.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, messages } from '../messages.js';

/** `EACCES: permission denied`, without the path Node appends (the message names the folder). */
function reason(error: unknown): string {
  return (error as Error).message.replace(/, \w+ '.*'$/, '');
}

/**
 * Makes `path` a folder (with its missing parents). An InputError (exit 2) names the folder when it
 * cannot be made: a file in the way, a read-only or special file system, no permission.
 */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  let dir = resolve(path);
  for (;;) {
    try {
      if (!statSync(dir).isDirectory()) throw new InputError(messages.folderNotMade(path, dir, 'a file of that name is in the way'));
      break;
    } catch (error) {
      if (error instanceof InputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new InputError(messages.folderNotMade(path, dir, reason(error)));
    }
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another process (two shards starting together): fine if it is a folder.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder).isDirectory()) continue;
      throw new InputError(messages.folderNotMade(path, folder, reason(error)));
    }
  }
}
