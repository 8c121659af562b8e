// Pareto dominance for multi-objective choices (every objective maximised): NSGA-II's fast
// non-dominated sorting and crowding distance (Deb et al. 2002), and dominance shown by paired
// replications, which racing uses to drop a candidate only when the evidence says so.
import { pairedTTest } from './paired-comparison.js';

/** True when `a` is at least as good as `b` in every objective and better in one (all maximised). */
export function dominates(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let better = false;
  for (let k = 0; k < a.length; k++) {
    if (a[k] < b[k]) return false;
    if (a[k] > b[k]) better = true;
  }
  return better;
}

/** Non-domination rank of every point (0 = the Pareto front, 1 = the front once it is removed, …). */
export function nonDominatedRanks(points: readonly ArrayLike<number>[]): number[] {
  const n = points.length;
  const dominatedBy = new Array<number>(n).fill(0);
  const dominating: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (dominates(points[i], points[j])) {
        dominating[i].push(j);
        dominatedBy[j]++;
      } else if (dominates(points[j], points[i])) {
        dominating[j].push(i);
        dominatedBy[i]++;
      }
    }
  }
  const ranks = new Array<number>(n).fill(-1);
  let front = [];
  for (let i = 0; i < n; i++) if (dominatedBy[i] === 0) front.push(i);
  for (let rank = 0; front.length > 0; rank++) {
    const next: number[] = [];
    for (const i of front) {
      ranks[i] = rank;
      for (const j of dominating[i]) if (--dominatedBy[j] === 0) next.push(j);
    }
    front = next;
  }
  return ranks;
}

/**
 * Crowding distance of each point within its own set (call it per front): the sum over objectives of
 * the gap between its neighbours, scaled by the objective's range; the extremes get Infinity, so a
 * front keeps its ends and its spread.
 */
export function crowdingDistances(points: readonly ArrayLike<number>[]): number[] {
  const n = points.length;
  const distance = new Array<number>(n).fill(0);
  if (n === 0) return distance;
  const objectives = points[0].length;
  for (let k = 0; k < objectives; k++) {
    // Ties keep index order, so the result never depends on the sort's stability.
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => points[a][k] - points[b][k] || a - b);
    const range = points[order[n - 1]][k] - points[order[0]][k];
    distance[order[0]] = Infinity;
    distance[order[n - 1]] = Infinity;
    if (range <= 0) continue;
    for (let i = 1; i < n - 1; i++) distance[order[i]] += (points[order[i + 1]][k] - points[order[i - 1]][k]) / range;
  }
  return distance;
}

/**
 * Indices ordered best first by NSGA-II's crowded comparison: lower rank first, then larger crowding
 * distance within a rank, then lower index (deterministic).
 */
export function crowdedOrder(points: readonly ArrayLike<number>[]): number[] {
  const ranks = nonDominatedRanks(points);
  const crowding = new Array<number>(points.length).fill(0);
  const maxRank = Math.max(-1, ...ranks);
  for (let r = 0; r <= maxRank; r++) {
    const members = ranks.flatMap((rank, i) => (rank === r ? [i] : []));
    const d = crowdingDistances(members.map((i) => points[i]));
    members.forEach((i, m) => (crowding[i] = d[m]));
  }
  return Array.from({ length: points.length }, (_, i) => i).sort((a, b) => ranks[a] - ranks[b] || crowding[b] - crowding[a] || a - b);
}

/**
 * True when `a` beats `b` in every objective by paired replications: for each objective k the paired
 * t interval of a[r][k] − b[r][k] (replication r of both ran on the same seeds) lies above 0.
 * `a` and `b` are [replication][objective]; fewer than two replications never show dominance.
 *
 * Differences that are all equal (a count objective at two replications: +1, +1) give the t interval
 * zero width, which would call one lucky pair proof. Then the evidence is the sign test's instead:
 * n differences of one sign have one-sided probability 2^-n under "no difference", so it takes
 * 0.5^n ≤ (1 − confidenceLevel)/2 (six replications at 95%) for them to show dominance.
 */
export function pairedDominates(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[], confidenceLevel: number): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const objectives = a[0].length;
  const signTestShows = 0.5 ** a.length <= (1 - confidenceLevel) / 2;
  for (let k = 0; k < objectives; k++) {
    const test = pairedTTest(b.map((row) => row[k]), a.map((row) => row[k]), confidenceLevel);
    if (!(test.ciLow > 0)) return false;
    if (test.se === 0 && !signTestShows) return false;
  }
  return true;
}
