// The objectives of an allocation: summary.csv columns (indicators and the ratios such as
// sustainability), maximised, or minimised with a `:min` suffix; read from a replication's summary
// row with the sign that makes larger always better for the search.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { InputError } from '../messages.js';
import { fundedQuarters } from '../policy/funding-schedule.js';
import type { Scenario } from '../scenario/schema.js';
import { nearestName } from '../nearest-name.js';
import { allocateMessages } from './allocate-messages.js';

export interface Objective {
  /** As given: `commercializations` or `publicSpendJpyM:min`. */
  label: string;
  indicator: string;
  column: number;
  /** +1 maximise, −1 minimise. */
  sign: 1 | -1;
}

const MINIMISE = ':min';
const MAXIMISE = ':max';

export function parseObjectives(names: readonly string[]): Objective[] {
  if (names.length === 0) throw new InputError(allocateMessages.noObjective());
  const seen = new Set<string>();
  return names.map((label) => {
    const sign = label.endsWith(MINIMISE) ? -1 : 1;
    const indicator = label.endsWith(MINIMISE) || label.endsWith(MAXIMISE) ? label.slice(0, -MINIMISE.length) : label;
    const column = SUMMARY_COLUMNS.indexOf(indicator);
    if (column < 0) throw new InputError(allocateMessages.unknownObjective(indicator, nearestName(indicator, SUMMARY_COLUMNS), SUMMARY_COLUMNS));
    if (seen.has(indicator)) throw new InputError(allocateMessages.repeatedObjective(indicator));
    seen.add(indicator);
    return { label, indicator, column, sign };
  });
}

/** The objective values of one replication's summary row, signed so that larger is better. */
export function signedObjectives(objectives: readonly Objective[], summary: ArrayLike<number>): number[] {
  return objectives.map((o) => o.sign * summary[o.column]);
}

/** Ratios of run-summary.ts that compare the quarters after the last funded one with the funded ones. */
const AFTER_FUNDING = ['sustainability', 'commercializationSustainability'];

/**
 * The first objective that is empty in every replication of `scenario` by its design: a ratio of
 * after-funding to funded quarters when its funding runs to the horizon or never starts. Known
 * before anything runs, from the funding schedule the model itself uses.
 */
export function objectiveUndefinedByDesign(objectives: readonly Objective[], scenario: Scenario): Objective | undefined {
  const after = objectives.find((o) => AFTER_FUNDING.includes(o.indicator));
  if (!after) return undefined;
  const funded = fundedQuarters(scenario, scenario.horizonQuarters);
  const lastFunded = funded.lastIndexOf(1);
  return lastFunded >= 0 && lastFunded < funded.length - 1 ? undefined : after;
}
