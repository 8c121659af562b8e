// PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999) for scenario discovery, as EMA
// Workbench's prim.py runs it: peel a small share (peel_alpha) off one side of one dimension at a
// time while the box keeps a minimum mass, record the peeling trajectory, then paste the chosen box
// outwards while its density rises; quasi-p-values by a one-sided binomial test (Bryant & Lempert 2010).
import { binomialUpperTail } from './binomial-test.js';
import {
  copyLimits, encodeDimensions, initialLimits, insideOn, isRestricted, restrictedDimensions, rowsInside,
  type BoxLimits, type EncodedDimension, type PrimDimension,
} from './prim-box.js';
import { statsMessages } from './stats-messages.js';

export type { PrimDimension } from './prim-box.js';

export const PRIM_DEFAULTS = { peelAlpha: 0.05, pasteAlpha: 0.05, minMass: 0.05 } as const;

export interface PrimOptions {
  /** Share of the box's rows peeled off in one step (default 0.05). */
  peelAlpha?: number;
  /** Share of the rows beside a limit that one pasting step takes in (default 0.05). */
  pasteAlpha?: number;
  /** Peeling stops before the box holds fewer than this share of all rows (default 0.05). */
  minMass?: number;
}

/** How a box is chosen from the peeling trajectory. */
export type PrimSelection = { threshold: number } | { index: number };

/** One dimension's limit in a box, with its quasi-p-values where the dimension is restricted. */
export type PrimLimit =
  | { dimension: string; kind: 'numeric'; lower: number; upper: number; sampledLower: number; sampledUpper: number; restricted: boolean; quasiPLower?: number; quasiPUpper?: number }
  | { dimension: string; kind: 'categorical'; categories: string[]; sampled: string[]; restricted: boolean; quasiP?: number };

export interface PrimBox {
  /** Position on the trajectory: 0 is the box of all rows. */
  id: number;
  phase: 'initial' | 'peel' | 'paste';
  /** Rows inside and, of them, rows where the condition holds. */
  n: number;
  k: number;
  /** Share of all rows of interest that the box holds; share of its rows that are of interest; share of all rows inside. */
  coverage: number;
  density: number;
  mass: number;
  /** Every dimension's limit, in dimension order. */
  limits: PrimLimit[];
  /** Names of the restricted dimensions, in dimension order. */
  restricted: string[];
}

export interface PrimResult {
  /** The box of all rows, then every peeled box, then the pasting steps of the chosen box. */
  trajectory: PrimBox[];
  /** Id of the peeled box chosen by the selection. */
  chosen: number;
  /** Whether the chosen box meets the density threshold (always true for a selection by index). */
  thresholdMet: boolean;
  /** The chosen box after pasting (the chosen box itself when no paste raised its density). */
  box: PrimBox;
  /** Rows, and rows of interest, over all. */
  rows: number;
  positives: number;
}

interface State {
  dims: EncodedDimension[];
  y: Uint8Array;
  initial: BoxLimits;
  positives: number;
}

/**
 * The quantile of sdtoolkit and EMA Workbench's get_quantile: between two order statistics, moved
 * past ties so a peel never splits rows with the same value (replications share their inputs).
 */
export function tieAwareQuantile(sorted: ArrayLike<number>, q: number): number {
  const last = sorted.length - 1;
  const h = last * q;
  let lo = Math.floor(h);
  let hi = Math.ceil(h);
  if (q > 0.5) {
    while (sorted[lo] === sorted[hi] && lo > 0) lo--;
  } else {
    while (sorted[lo] === sorted[hi] && hi < last) hi++;
  }
  return (sorted[lo] + sorted[hi]) / 2;
}

function sortedValues(x: Float64Array, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = x[rows[r]];
  return out.sort();
}

function countInside(state: State, limits: BoxLimits, rows: ArrayLike<number>, j: number): { n: number; k: number } {
  let n = 0;
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (insideOn(state.dims, limits, j, i)) {
      n++;
      k += state.y[i];
    }
  }
  return { n, k };
}

interface Candidate {
  limits: BoxLimits;
  n: number;
  k: number;
}

/**
 * EMA Workbench's default ("lenient1") objective: the change in the box's mean per row removed or
 * added; it copes with categorical dimensions, where the original mean-only objective favours
 * peeling whole categories.
 */
function objective(nOld: number, kOld: number, n: number, k: number): number {
  if (n === 0 || n === nOld) return 0;
  return (k / n - kOld / nOld) / Math.abs(nOld - n);
}

/**
 * The best candidate: highest objective, then the fewest restricted dimensions; remaining ties go to
 * the first candidate in generation order (dimensions in input order, lower limit before upper,
 * categories in sorted order), so the result never depends on anything but the data.
 */
function best(state: State, nOld: number, kOld: number, candidates: Candidate[]): { candidate: Candidate; score: number } | undefined {
  let chosen: { candidate: Candidate; score: number; free: number } | undefined;
  for (const candidate of candidates) {
    const score = objective(nOld, kOld, candidate.n, candidate.k);
    const free = state.dims.length - restrictedDimensions(state.dims, candidate.limits, state.initial).length;
    if (!chosen || score > chosen.score || (score === chosen.score && free > chosen.free)) chosen = { candidate, score, free };
  }
  return chosen;
}

function peelCandidates(state: State, limits: BoxLimits, rows: Int32Array, alpha: number): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (next: BoxLimits, j: number) => {
    const { n, k } = countInside(state, next, rows, j);
    if (n > 0 && n < rows.length) candidates.push({ limits: next, n, k });
  };
  state.dims.forEach((d, j) => {
    if (d.numeric) {
      const sorted = sortedValues(d.x, rows);
      const low = copyLimits(limits);
      const lowCut = tieAwareQuantile(sorted, alpha);
      // An integer dimension keeps whole-number limits: the smallest (largest) value it still holds.
      low.lower[j] = d.integer ? sorted.find((v) => v >= lowCut) ?? lowCut : lowCut;
      add(low, j);
      const high = copyLimits(limits);
      const highCut = tieAwareQuantile(sorted, 1 - alpha);
      high.upper[j] = d.integer ? largestAtMost(sorted, highCut) : highCut;
      add(high, j);
    } else if (limits.kept[j].reduce((a, b) => a + b, 0) > 1) {
      limits.kept[j].forEach((isKept, c) => {
        if (!isKept) return;
        const without = copyLimits(limits);
        without.kept[j][c] = 0;
        add(without, j);
      });
    }
  });
  return candidates;
}

/** The largest value of an ascending sample that is at most `cut` (the cut itself when none is). */
function largestAtMost(sorted: Float64Array, cut: number): number {
  for (let r = sorted.length - 1; r >= 0; r--) if (sorted[r] <= cut) return sorted[r];
  return cut;
}

function allRows(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, i) => i);
}

function pasteCandidates(state: State, limits: BoxLimits, alpha: number): Candidate[] {
  const { dims, initial } = state;
  const every = allRows(state.y.length);
  const candidates: Candidate[] = [];
  const add = (next: BoxLimits) => {
    const inside = rowsInside(dims, next, every);
    let k = 0;
    for (const i of inside) k += state.y[i];
    candidates.push({ limits: next, n: inside.length, k });
  };
  for (const j of restrictedDimensions(dims, limits, initial)) {
    const d = dims[j];
    if (d.numeric) {
      // The rows beside each limit that the box would take in if that limit were moved to the sampled edge.
      for (const side of ['lower', 'upper'] as const) {
        if (limits[side][j] === initial[side][j]) continue;
        const widened = copyLimits(limits);
        widened[side][j] = initial[side][j];
        const beside = rowsInside(dims, widened, every).filter((i) => (side === 'lower' ? d.x[i] <= limits.lower[j] : d.x[i] >= limits.upper[j]));
        const next = copyLimits(limits);
        if (beside.length === 0) next[side][j] = initial[side][j];
        else {
          const sorted = sortedValues(d.x, beside);
          const cut = tieAwareQuantile(sorted, side === 'lower' ? 1 - alpha : alpha);
          next[side][j] = d.integer ? (side === 'lower' ? Math.floor(cut) : Math.ceil(cut)) : cut;
        }
        add(next);
      }
    } else {
      limits.kept[j].forEach((isKept, c) => {
        if (isKept) return;
        const next = copyLimits(limits);
        next.kept[j][c] = 1;
        add(next);
      });
    }
  }
  return candidates;
}

/**
 * Quasi-p-values of a box's restricted dimensions: for each limit, the probability under a binomial
 * model that a box without that limit (density p over all rows) would hold at least as many rows of
 * interest among the box's rows. One pass over the rows: a row left out by one limit only is what
 * dropping that limit takes in.
 */
function quasiPValues(state: State, limits: BoxLimits, n: number, k: number): Map<string, number> {
  const { dims, y } = state;
  // Per limit (dimension j: 2j lower or categories, 2j + 1 upper): rows and positives it alone excludes.
  const aloneN = new Float64Array(2 * dims.length);
  const aloneK = new Float64Array(2 * dims.length);
  for (let i = 0; i < y.length; i++) {
    let violated = -1;
    let count = 0;
    for (let j = 0; j < dims.length && count < 2; j++) {
      if (insideOn(dims, limits, j, i)) continue;
      count++;
      violated = dims[j].numeric && dims[j].x[i] > limits.upper[j] ? 2 * j + 1 : 2 * j;
    }
    if (count === 1) {
      aloneN[violated]++;
      aloneK[violated] += y[i];
    }
  }
  const out = new Map<string, number>();
  const test = (slot: number) => {
    const p = (k + aloneK[slot]) / (n + aloneN[slot]);
    return binomialUpperTail(k, n, p);
  };
  for (const j of restrictedDimensions(dims, limits, state.initial)) {
    if (!dims[j].numeric) {
      out.set(`${j}`, test(2 * j));
      continue;
    }
    if (limits.lower[j] > state.initial.lower[j]) out.set(`${j}:lower`, test(2 * j));
    if (limits.upper[j] < state.initial.upper[j]) out.set(`${j}:upper`, test(2 * j + 1));
  }
  return out;
}

function describeBox(state: State, id: number, phase: PrimBox['phase'], limits: BoxLimits, n: number, k: number): PrimBox {
  const { dims, initial } = state;
  const qp = quasiPValues(state, limits, n, k);
  const out: PrimLimit[] = dims.map((d, j) => {
    const restricted = isRestricted(dims, limits, initial, j);
    if (d.numeric) {
      return {
        dimension: d.name, kind: 'numeric', lower: limits.lower[j], upper: limits.upper[j],
        sampledLower: initial.lower[j], sampledUpper: initial.upper[j], restricted,
        quasiPLower: qp.get(`${j}:lower`), quasiPUpper: qp.get(`${j}:upper`),
      };
    }
    return {
      dimension: d.name, kind: 'categorical', categories: d.categories.filter((_, c) => limits.kept[j][c] === 1),
      sampled: d.categories, restricted, quasiP: qp.get(`${j}`),
    };
  });
  const rows = state.y.length;
  return {
    id, phase, n, k,
    coverage: k / Math.max(state.positives, 1),
    density: n > 0 ? k / n : 0,
    mass: n / rows,
    limits: out,
    restricted: out.filter((l) => l.restricted).map((l) => l.dimension),
  };
}

function checkOptions(options: PrimOptions): Required<PrimOptions> {
  const o = { ...PRIM_DEFAULTS, ...options };
  for (const [name, value] of [['peelAlpha', o.peelAlpha], ['pasteAlpha', o.pasteAlpha]] as const) {
    if (!(value > 0 && value < 0.5)) throw new RangeError(statsMessages.primAlpha(name, value));
  }
  if (!(o.minMass > 0 && o.minMass <= 1)) throw new RangeError(statsMessages.primMinMass(o.minMass));
  return o;
}

/** The peeled box the selection picks: by index, or the first (widest) box whose density reaches the threshold, else the densest. */
export function selectBox(peeled: readonly PrimBox[], selection: PrimSelection): { id: number; thresholdMet: boolean } {
  if ('index' in selection) {
    if (!Number.isInteger(selection.index) || selection.index < 0 || selection.index >= peeled.length) {
      throw new RangeError(statsMessages.primBoxIndex(selection.index, peeled.length));
    }
    return { id: selection.index, thresholdMet: true };
  }
  const met = peeled.find((b) => b.density >= selection.threshold);
  if (met) return { id: met.id, thresholdMet: true };
  // Coverage falls along the trajectory, so among equally dense boxes the first is the widest.
  const densest = peeled.reduce((a, b) => (b.density > a.density ? b : a));
  return { id: densest.id, thresholdMet: false };
}

/**
 * Runs PRIM: `y[i]` is 1 where the condition of interest holds in row i. Peels from the box of all
 * rows while the best peel raises the objective and leaves at least `minMass` of the rows, chooses a
 * box of the trajectory by `selection`, and pastes it while pasting raises its density.
 */
export function prim(dimensions: readonly PrimDimension[], y: ArrayLike<number>, selection: PrimSelection = { threshold: 0.8 }, options: PrimOptions = {}): PrimResult {
  const o = checkOptions(options);
  const rows = y.length;
  if (rows === 0) throw new RangeError(statsMessages.primNoRows());
  const dims = encodeDimensions(dimensions, rows);
  const outcome = Uint8Array.from(y, (v) => (v ? 1 : 0));
  const positives = outcome.reduce((a, b) => a + b, 0);
  const state: State = { dims, y: outcome, initial: initialLimits(dims), positives };

  // Peeling (Friedman & Fisher §4.1): one small peel at a time, the box shrinking to minMass.
  let limits = copyLimits(state.initial);
  let inside = allRows(rows);
  let k = positives;
  const trajectory: PrimBox[] = [describeBox(state, 0, 'initial', limits, rows, k)];
  for (;;) {
    const step = best(state, inside.length, k, peelCandidates(state, limits, inside, o.peelAlpha));
    if (!step || step.score <= 0 || step.candidate.n / rows < o.minMass) break;
    limits = step.candidate.limits;
    inside = rowsInside(dims, limits, inside);
    k = step.candidate.k;
    trajectory.push(describeBox(state, trajectory.length, 'peel', limits, inside.length, k));
  }

  const { id: chosen, thresholdMet } = selectBox(trajectory, selection);

  // Pasting (§4.2): the chosen box only grows, and only while its density rises.
  const start = trajectory[chosen];
  limits = boxLimitsOf(state, start);
  let n = start.n;
  k = start.k;
  let box = start;
  for (;;) {
    const step = best(state, n, k, pasteCandidates(state, limits, o.pasteAlpha).filter((c) => c.n > n));
    if (!step || step.score <= 0) break;
    limits = step.candidate.limits;
    n = step.candidate.n;
    k = step.candidate.k;
    box = describeBox(state, trajectory.length, 'paste', limits, n, k);
    trajectory.push(box);
  }
  return { trajectory, chosen, thresholdMet, box, rows, positives };
}

/** The encoded limits of a described box (categories back to codes). */
function boxLimitsOf(state: State, box: PrimBox): BoxLimits {
  const limits = copyLimits(state.initial);
  box.limits.forEach((l, j) => {
    if (l.kind === 'numeric') {
      limits.lower[j] = l.lower;
      limits.upper[j] = l.upper;
    } else {
      const kept = new Set(l.categories);
      state.dims[j].categories.forEach((c, code) => (limits.kept[j][code] = kept.has(c) ? 1 : 0));
    }
  });
  return limits;
}
