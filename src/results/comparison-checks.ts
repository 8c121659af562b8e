// What a comparison refuses before it compares anything, and how its folder is named: totals over
// different horizons, region sets or start years differ by the window, not by the policy; a scenario
// compared with itself shows nothing; a variant that inherits the baseline's name gets its own.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { InputError, messages } from '../messages.js';

/** The facts of a scenario that decide whether its totals can be set against another's. */
export interface ComparedScenario {
  name: string;
  /** Where it came from (file or run folder), for messages. */
  source: string;
  horizonQuarters: number;
  regionIds: readonly string[];
  startFiscalYear?: number;
}

/** Throws the first mismatch with the baseline (horizon, region set, start year) unless allowed. */
export function requireComparable(scenarios: readonly ComparedScenario[], allowMismatch = false): void {
  if (allowMismatch) return;
  const [baseline, ...variants] = scenarios;
  const regions = (s: ComparedScenario) => [...s.regionIds].sort().join(', ');
  for (const variant of variants) {
    const checks: [string, string, string][] = [
      ['horizonQuarters', String(baseline.horizonQuarters), String(variant.horizonQuarters)],
      ['regions', `[${regions(baseline)}]`, `[${regions(variant)}]`],
      ['startFiscalYear', String(baseline.startFiscalYear ?? 'unset'), String(variant.startFiscalYear ?? 'unset')],
    ];
    for (const [what, a, b] of checks) {
      if (a !== b) throw new InputError(messages.compareMismatch(what, baseline.source, a, variant.source, b));
    }
  }
}

/** An identifier (lower-case letters, digits, '-', '_') from a file name: `tokachi+talent.yaml` → `tokachi-talent`. */
export function nameFromFile(file: string): string {
  const stem = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '');
  return stem || 'variant';
}

/**
 * Scenario names for a comparison, in order: a scenario whose name an earlier one already has (a
 * variant that inherits the baseline's name through `extends`) is named after its file. The same
 * file twice is refused, and so are two files that still clash.
 */
export function distinctScenarioNames(scenarios: readonly { name: string; file: string }[]): string[] {
  const names: string[] = [];
  const files: string[] = [];
  for (const { name, file } of scenarios) {
    const earlier = files.indexOf(file);
    if (earlier >= 0) throw new InputError(messages.compareWithItself(file));
    let chosen = name;
    if (names.includes(chosen)) chosen = nameFromFile(file);
    if (names.includes(chosen)) throw new InputError(messages.compareNameClash(chosen, files[names.indexOf(chosen)], file));
    names.push(chosen);
    files.push(file);
  }
  return names;
}

/** Folder names longer than this are shortened with a hash (file systems and shells cope badly). */
const MAX_FOLDER_NAME = 80;

/**
 * The comparison's folder under the output root, named from all its scenarios
 * (`compare-tokachi-vs-tokachi-talent-tokachi-wide-area`), so comparing the same baseline with other
 * variants never writes into an earlier comparison's folder; long lists end in a hash of the names.
 */
export function comparisonFolderName(names: readonly string[]): string {
  const [baseline, ...variants] = names;
  const full = `compare-${baseline}-vs-${variants.join('-')}`;
  if (full.length <= MAX_FOLDER_NAME) return full;
  const hash = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 8);
  return `compare-${baseline}-vs-${variants.length}-variants-${hash}`;
}
