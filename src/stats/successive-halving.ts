// Successive halving with racing for noisy multi-objective simulation (Jamieson & Talwalkar 2016;
// racing as in Maron & Moore 1997): every live candidate gets the same replications (common random
// numbers), candidates shown dominated by paired replications drop out, the better half by NSGA-II's
// crowded comparison goes on, and the replications double each rung.
import { crowdedOrder, pairedDominates } from './pareto-front.js';
import { statsMessages } from './stats-messages.js';

/**
 * Runs `count` more replications, from replication `first`, of each listed candidate; answers
 * [candidate in list order][replication][objective], every objective to be maximised. Replication r
 * of every candidate must use the same random numbers (the pairing the racing relies on).
 */
export type BatchEvaluator = (candidates: readonly number[], first: number, count: number) => Promise<number[][][]>;

export interface HalvingOptions {
  /** Replications of every candidate in the first rung (≥ 2, so paired intervals exist). */
  initialReplications: number;
  /** Candidates kept after the last rung; halving stops once this many or fewer are left. */
  finalists: number;
  /** Share of the live candidates each rung keeps (default 0.5). */
  keepShare?: number;
  /** Of the paired intervals racing uses (default 0.95). */
  confidenceLevel?: number;
  onRung?: (rung: RungReport) => void;
}

export interface RungReport {
  rung: number;
  replications: number;
  evaluated: number;
  racedOut: number;
  kept: number;
}

/** What became of a candidate: still in the last rung, raced out (dominated) or halved out at a rung. */
export type CandidateFate = 'finalist' | 'dominated' | 'halved';

export interface HalvingResult {
  /** Per candidate: its objective values per replication run ([replication][objective]). */
  values: number[][][];
  fate: CandidateFate[];
  /** Per candidate: the rung it was last evaluated in. */
  lastRung: number[];
  /** The candidates of the last rung, all with the same replications. */
  finalists: number[];
  rungs: RungReport[];
}

/** Means over replications per objective. */
export function objectiveMeans(values: readonly (readonly number[])[]): number[] {
  const objectives = values[0]?.length ?? 0;
  const sums = new Array<number>(objectives).fill(0);
  for (const row of values) for (let k = 0; k < objectives; k++) sums[k] += row[k];
  return sums.map((s) => s / values.length);
}

export async function successiveHalving(candidateCount: number, evaluate: BatchEvaluator, options: HalvingOptions): Promise<HalvingResult> {
  const { initialReplications, finalists } = options;
  const keepShare = options.keepShare ?? 0.5;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (!Number.isInteger(initialReplications) || initialReplications < 2) throw new RangeError(statsMessages.halvingReplications(initialReplications));
  if (!Number.isInteger(finalists) || finalists < 1) throw new RangeError(statsMessages.halvingFinalists(finalists));
  if (!(keepShare > 0 && keepShare < 1)) throw new RangeError(statsMessages.halvingKeepShare(keepShare));

  const values: number[][][] = Array.from({ length: candidateCount }, () => []);
  const fate: CandidateFate[] = new Array<CandidateFate>(candidateCount).fill('finalist');
  const lastRung = new Array<number>(candidateCount).fill(0);
  const rungs: RungReport[] = [];
  let live = Array.from({ length: candidateCount }, (_, i) => i);
  let done = 0;
  for (let rung = 0; live.length > 0; rung++) {
    const target = initialReplications * 2 ** rung;
    const batch = await evaluate(live, done, target - done);
    live.forEach((c, i) => {
      values[c].push(...batch[i]);
      lastRung[c] = rung;
    });
    done = target;
    // Racing: a candidate another live one beats in every objective, by paired intervals, is out.
    const dominated = live.filter((j) => live.some((i) => i !== j && pairedDominates(values[i], values[j], confidenceLevel)));
    for (const j of dominated) fate[j] = 'dominated';
    live = live.filter((c) => fate[c] !== 'dominated');
    const last = live.length <= finalists;
    let kept = live.length;
    if (!last) {
      const order = crowdedOrder(live.map((c) => objectiveMeans(values[c])));
      kept = Math.max(finalists, Math.ceil(live.length * keepShare));
      const keep = new Set(order.slice(0, kept).map((i) => live[i]));
      for (const c of live) if (!keep.has(c)) fate[c] = 'halved';
      live = live.filter((c) => keep.has(c));
    }
    const report = { rung, replications: target, evaluated: batch.length, racedOut: dominated.length, kept };
    rungs.push(report);
    options.onRung?.(report);
    if (last) break;
  }
  return { values, fate, lastRung, finalists: live, rungs };
}

/** Replications the whole search runs for `candidates` (none raced out): its worst-case cost. */
export function halvingBudget(candidates: number, options: Pick<HalvingOptions, 'initialReplications' | 'finalists' | 'keepShare'>): number {
  const keepShare = options.keepShare ?? 0.5;
  let live = candidates;
  let done = 0;
  let total = 0;
  for (let rung = 0; live > 0; rung++) {
    const target = options.initialReplications * 2 ** rung;
    total += live * (target - done);
    done = target;
    if (live <= options.finalists) break;
    live = Math.max(options.finalists, Math.ceil(live * keepShare));
  }
  return total;
}
