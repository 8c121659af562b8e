// How firms and banks judge a project: its chance of reaching the market and its value.

/**
 * Judged chance that a project reaches the market, from the lead firm's absorptive capacity and the
 * seed's quality: `floor` is projects.judgedChanceFloor, `slope` derived.judgedChanceSlope (1 − floor).
 */
export function judgedSuccessChance(absorptive: number, seedQuality: number, floor: number, slope: number): number {
  return (floor + slope * absorptive) * (floor + slope * seedQuality);
}

/** Value multiplier of the lead firm's market reach, as firms judge it (local, national, global). */
export const REACH_VALUE = [1, 1.5, 2] as const;
