// What every benchmark section reports: named figures with units and, where the issues set one,
// a target, so the table and bench.json say which targets are met.

export interface Target {
  /** 'min': the figure must be at least `value`; 'max': at most `value`. */
  kind: 'min' | 'max';
  value: number;
  /** Where the target comes from, e.g. "issue 3". */
  source: string;
}

export interface Figure {
  /** Stable key in bench.json. */
  key: string;
  label: string;
  value: number;
  unit: string;
  /** Decimals shown in the table. */
  digits: number;
  targets?: Target[];
}

export interface Section {
  id: string;
  title: string;
  figures: Figure[];
  /** Raw measurements behind the figures (run times, sizes), kept in bench.json only. */
  details: Record<string, unknown>;
}

export interface BenchOptions {
  /** Timed runs per figure (the median is reported); at least 5. */
  runs: number;
  warmups: number;
}

export function targetMet(value: number, target: Target): boolean {
  return target.kind === 'min' ? value >= target.value : value <= target.value;
}
