// Calibration targets: published indicator values or ratios (e.g. the Knowledge Cluster
// Initiative's table) that a calibrated scenario should reproduce, read from a YAML/JSON file,
// and the weighted relative-error loss of a simulated run against them.
import { readRegularText } from '../io/regular-file.js';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { INDICATOR_NAMES } from '../model/indicators.js';
import { InputError, messages } from '../messages.js';
import { formatIssue } from '../scenario/validation-errors.js';

/** A target's relative tolerance when its file gives none: a published count is rarely better than 10%. */
export const DEFAULT_TARGET_TOLERANCE = 0.1;

const indicatorList = z.array(z.enum(INDICATOR_NAMES as [string, ...string[]], { error: `expected indicator names (${INDICATOR_NAMES.join(', ')})` })).min(1);

const targetSchema = z.strictObject({
  name: z.string({ error: 'expected a name' }),
  /** Indicators summed over the run (summary values) form the numerator... */
  numerator: indicatorList,
  /** ...and, for a ratio, the denominator. Without it the target is a total. */
  denominator: indicatorList.optional(),
  value: z.number({ error: 'expected a number' }).refine((v) => v !== 0 && Number.isFinite(v), { error: 'expected a finite non-zero number' }),
  weight: z.number().positive({ error: 'expected a weight > 0' }).default(1),
  /** Relative error the fit may keep (observation error plus model discrepancy): ABC's scale, history matching's variance. */
  tolerance: z.number().positive({ error: 'expected a relative tolerance > 0' }).default(DEFAULT_TARGET_TOLERANCE),
  description: z.string().optional(),
});

export const targetsFileSchema = z.strictObject({
  description: z.string().optional(),
  targets: z.array(targetSchema).min(1, { error: 'expected at least one target' }),
});

export type CalibrationTarget = z.output<typeof targetSchema>;

export function loadTargets(file: string): CalibrationTarget[] {
  let document: unknown;
  try {
    document = parseYaml(readRegularText(file));
  } catch (error) {
    throw new InputError(messages.fileUnreadable(file, (error as Error).message.split('\n')[0]));
  }
  const parsed = targetsFileSchema.safeParse(document, { reportInput: true });
  if (!parsed.success) throw new InputError(parsed.error.issues.flatMap((issue) => formatIssue(file, issue)).join('\n'));
  return parsed.data.targets;
}

const sumOf = (values: Float64Array, names: readonly string[]) => names.reduce((sum, name) => sum + values[SUMMARY_COLUMNS.indexOf(name)], 0);

/** The simulated value of a target over replications: ratio of means (robust to zero denominators). */
export function simulatedValue(target: CalibrationTarget, summaries: readonly Float64Array[]): number {
  let numerator = 0;
  let denominator = 0;
  for (const values of summaries) {
    numerator += sumOf(values, target.numerator);
    denominator += target.denominator ? sumOf(values, target.denominator) : 1;
  }
  return denominator === 0 ? NaN : numerator / denominator;
}

/** Per-replication values of a target (its spread across replications). */
export function perReplicationValues(target: CalibrationTarget, summaries: readonly Float64Array[]): number[] {
  return summaries.map((values) => {
    const d = target.denominator ? sumOf(values, target.denominator) : 1;
    return d === 0 ? NaN : sumOf(values, target.numerator) / d;
  });
}

/**
 * Weighted mean of squared relative errors, (simulated / target − 1)²: scale-free, so totals and
 * ratios weigh alike. An undefined simulated value (0 denominators) counts as a 100% miss.
 */
export function calibrationLoss(targets: readonly CalibrationTarget[], summaries: readonly Float64Array[]): number {
  let loss = 0;
  let weights = 0;
  for (const target of targets) {
    const simulated = simulatedValue(target, summaries);
    const error = Number.isFinite(simulated) ? simulated / target.value - 1 : 1;
    loss += target.weight * error * error;
    weights += target.weight;
  }
  return loss / weights;
}
