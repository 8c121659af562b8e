// The decision space of a budget allocation, from a lever spec file (YAML or JSON): amounts with a
// range and on/off switches at scenario paths, `regions[*]` expanded to one variable per region; every
// path and bound is checked against the scenario and its schema before anything runs.
import { parse } from 'yaml';
import { readRegularText } from '../io/regular-file.js';
import { InputError } from '../messages.js';
import { nearestName } from '../nearest-name.js';
import { isIntegerField } from '../scenario/integer-fields.js';
import { validateScenario } from '../scenario/load-scenario.js';
import { getPath, setPath } from '../scenario/scenario-path.js';
import type { Scenario } from '../scenario/schema.js';
import { SOBOL_MAX_DIMENSIONS, valueFromUnit, type ParameterRange } from '../stats/index.js';
import { allocateMessages } from './allocate-messages.js';

/** A lever as the spec writes it (before regions[*] is expanded). */
export interface LeverEntry {
  path: string;
  kind: 'amount' | 'switch';
  min?: number;
  max?: number;
}

export interface LeverSpec {
  file: string;
  /** The programme's budget over the horizon, million yen (--budget overrides it). */
  budgetJpyM?: number;
  levers: LeverEntry[];
}

/** One decision variable: a range on the unit interval's image; a switch is the integer range 0..1. */
export interface Lever extends ParameterRange {
  kind: 'amount' | 'switch';
  /** The spec entry it came from (for messages). */
  entry: number;
}

/** Stands for every region's index in a lever path. */
const EVERY_REGION = '[*]';
const SPEC_KEYS = ['budgetJpyM', 'levers'];
/** Scenario fields that are how it is run, not what a programme does: as levers they would change nothing or break the pairing. */
const NOT_DECISIONS = ['seed', 'replications', 'horizonQuarters'];
const LEVER_KEYS = ['path', 'kind', 'min', 'max'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(file: string, where: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new InputError(allocateMessages.specUnknownKey(file, where, key, known, nearestName(key, known)));
  }
}

/** Reads and checks the spec's shape (paths are checked against a scenario by resolveLevers). */
export function readLeverSpec(file: string): LeverSpec {
  let document: unknown;
  try {
    document = parse(readRegularText(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(allocateMessages.specUnreadable(file, error instanceof Error ? error.message.split('\n')[0] : String(error)));
  }
  return leverSpecFrom(document, file);
}

/** The spec from a parsed document; `file` names it in messages. */
export function leverSpecFrom(document: unknown, file: string): LeverSpec {
  if (!isRecord(document)) throw new InputError(allocateMessages.specNotMapping(file));
  checkKeys(file, 'top level', document, SPEC_KEYS);
  const { budgetJpyM, levers } = document;
  if (budgetJpyM !== undefined && !(typeof budgetJpyM === 'number' && budgetJpyM > 0 && Number.isFinite(budgetJpyM))) {
    throw new InputError(allocateMessages.specBadBudget(file, JSON.stringify(budgetJpyM)));
  }
  if (!Array.isArray(levers) || levers.length === 0) throw new InputError(allocateMessages.specNoLevers(file));
  const entries = levers.map((raw, index): LeverEntry => {
    const bad = (problem: string) => new InputError(allocateMessages.specBadEntry(file, index, problem));
    if (!isRecord(raw)) throw bad('expected a mapping with path:, and min:/max: or kind: switch');
    checkKeys(file, `levers[${index}]`, raw, LEVER_KEYS);
    const { path, kind = 'amount', min, max } = raw;
    if (typeof path !== 'string' || path === '') throw bad('path: expected a scenario path such as policy.projectManager.perRegion');
    // [*] stands for the region index only: elsewhere (fundingPeriods[*]) it would be replaced by region indices.
    if (path.includes(EVERY_REGION) && !(path.startsWith(`regions${EVERY_REGION}.`) && path.indexOf(EVERY_REGION) === path.lastIndexOf(EVERY_REGION))) {
      throw bad(`path ${path}: [*] expands to one lever per region and may stand only in regions[*] at the start of the path`);
    }
    if (NOT_DECISIONS.includes(path)) throw bad(`path ${path}: not a decision (the search sets the seeds, replications and horizon of every candidate alike)`);
    if (kind !== 'amount' && kind !== 'switch') throw bad(`kind: expected amount or switch, got ${JSON.stringify(kind)}`);
    if (kind === 'switch') {
      if (min !== undefined || max !== undefined) throw bad('a switch is on or off; it takes no min or max');
      return { path, kind };
    }
    if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max)) throw bad('an amount needs numeric min: and max:');
    if (!(min < max)) throw bad(`min (${min}) must be below max (${max}); a fixed value belongs in the scenario`);
    return { path, kind, min, max };
  });
  return { file, budgetJpyM: budgetJpyM as number | undefined, levers: entries };
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * The decision variables of the spec on `scenario` (defaults filled in): regions[*] becomes one lever
 * per region; every path must exist, a switch must be a boolean field, an amount a numeric one whose
 * min and max both pass the schema (an integer field gets whole-number bounds from the schema's check).
 */
export function resolveLevers(spec: LeverSpec, scenario: Scenario): Lever[] {
  const levers: Lever[] = [];
  const seen = new Set<string>();
  spec.levers.forEach((entry, index) => {
    const paths = entry.path.includes(EVERY_REGION)
      ? scenario.regions.map((_, r) => entry.path.replace(EVERY_REGION, `[${r}]`))
      : [entry.path];
    for (const path of paths) {
      const where = `${spec.file}: levers[${index}]`;
      let current: unknown;
      try {
        current = getPath(scenario, path);
      } catch (error) {
        throw new InputError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (seen.has(path)) throw new InputError(allocateMessages.specRepeatedPath(spec.file, path));
      seen.add(path);
      if (entry.kind === 'switch') {
        if (typeof current !== 'boolean') throw new InputError(allocateMessages.leverNotSwitch(spec.file, index, path, describe(current)));
        levers.push({ path, kind: 'switch', lo: 0, hi: 1, integer: true, entry: index });
        continue;
      }
      if (typeof current !== 'number') throw new InputError(allocateMessages.leverNotNumber(spec.file, index, path, describe(current)));
      const lo = entry.min as number;
      const hi = entry.max as number;
      for (const [bound, value] of [['min', lo], ['max', hi]] as const) {
        try {
          validateScenario(setPath(scenario, path, value), spec.file);
        } catch (error) {
          throw new InputError(allocateMessages.leverOutOfSchema(spec.file, index, path, bound, value, error instanceof Error ? error.message : String(error)));
        }
      }
      levers.push({ path, kind: 'amount', lo, hi, integer: isIntegerField(path), entry: index });
    }
  });
  // Sobol candidates: one dimension per variable.
  if (levers.length > SOBOL_MAX_DIMENSIONS) throw new InputError(allocateMessages.specTooManyLevers(spec.file, levers.length, SOBOL_MAX_DIMENSIONS));
  return levers;
}

/** The lever values of a point of the unit cube: amounts on their range, switches on at u ≥ 1/2. */
export function leverValues(levers: readonly Lever[], unit: ArrayLike<number>): Record<string, number | boolean> {
  const values: Record<string, number | boolean> = {};
  levers.forEach((lever, j) => {
    const value = valueFromUnit(lever, unit[j]);
    values[lever.path] = lever.kind === 'switch' ? value === 1 : value;
  });
  return values;
}

