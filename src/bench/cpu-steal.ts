// Time the hypervisor gave this virtual machine's CPUs to others ("steal"), from /proc/stat. On a
// shared VM it is what makes wall-clock figures vary between runs, so the bench reports it.
import { readFileSync } from 'node:fs';

export interface CpuTimes {
  /** Jiffies of every kind on all CPUs, and those stolen. */
  total: number;
  steal: number;
}

/**
 * The aggregate `cpu` line of /proc/stat (user nice system idle iowait irq softirq steal …);
 * undefined where there is no /proc/stat or the line cannot be read.
 */
export function readCpuTimes(statText?: string): CpuTimes | undefined {
  let text = statText;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/stat', 'utf8');
    } catch {
      return undefined;
    }
  }
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return undefined;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
  const counted = fields.slice(0, 8);
  if (counted.length < 8 || counted.some((f) => !Number.isFinite(f))) return undefined;
  return { total: counted.reduce((a, b) => a + b, 0), steal: counted[7] };
}

/** Share of CPU time stolen between two readings, in [0, 1]; NaN when unknown. */
export function stealShare(before: CpuTimes | undefined, after: CpuTimes | undefined): number {
  if (!before || !after || after.total <= before.total) return NaN;
  return (after.steal - before.steal) / (after.total - before.total);
}
