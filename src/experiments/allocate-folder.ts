// Whose folder is this: allocate's search and its --compare refuse a folder holding another
// command's results (even with --force) and a finished one of their own unless --force.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allocateMessages } from '../allocate/allocate-messages.js';
import { MANIFEST_FILE, readManifest, REPORT_FILE } from '../io/run-folder.js';
import { InputError } from '../messages.js';

export interface AllocateFolderOwner {
  /** The manifest's `command` of this kind of folder. */
  command: string;
  /** A table only this kind of folder holds: a report beside it is ours (an interrupted run's), one without it another command's. */
  marker: string;
  /** What a finished folder of this kind is called in the messages ("allocation"). */
  what: string;
}

/** Throws an InputError unless `dir` (which exists) may receive `owner`'s results. */
export function requireAllocateFolder(dir: string, owner: AllocateFolderOwner, force: boolean): void {
  if (existsSync(join(dir, MANIFEST_FILE))) {
    // --force replaces our own results, never another command's (a run folder's manifest and tables would be mixed with ours).
    const { command } = readManifest<{ command?: unknown }>(dir);
    if (command !== owner.command) throw new InputError(allocateMessages.folderOfAnotherCommand(dir, owner.what));
    if (!force) throw new InputError(allocateMessages.folderFinished(dir, owner.what));
  } else if (existsSync(join(dir, REPORT_FILE)) && !existsSync(join(dir, owner.marker))) {
    // A report we did not write (a sweep's, say): not ours to replace.
    throw new InputError(allocateMessages.folderOfAnotherCommand(dir, owner.what));
  }
}
