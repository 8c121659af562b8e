// Turns schema issues into one-line messages naming file, path, expectation and what was found.
import type { z } from 'zod';
import { messages } from '../messages.js';

/** `regions[2].smes` style path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** A short rendering of a found value: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

/** `fileOf` names the file that wrote the value at a path (one file, or the right layer of an `extends` chain). */
export function formatIssue(fileOf: string | ((path: readonly PropertyKey[]) => string), issue: z.core.$ZodIssue): string[] {
  const nameFile = typeof fileOf === 'string' ? () => fileOf : fileOf;
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => messages.unknownKey(nameFile([...issue.path, key]), path, key));
  }
  let expectation = issue.message;
  if (!expectation.startsWith('expected')) expectation = `expected ${expectation}`;
  return [messages.invalidField(nameFile(issue.path), path || '(top level)', expectation, describeValue((issue as { input?: unknown }).input))];
}
