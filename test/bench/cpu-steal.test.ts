import { describe, expect, it } from 'vitest';
import { readCpuTimes, stealShare } from '../../src/bench/cpu-steal.js';

const stat = (user: number, steal: number, guest = 0) =>
  `cpu  ${user} 0 100 800 0 0 0 ${steal} ${guest} 0\ncpu0 1 2 3 4 5 6 7 8 9 10\nintr 1\n`;

describe('CPU steal from /proc/stat', () => {
  it('reads the aggregate line, leaving guest time out (it is inside user time already)', () => {
    expect(readCpuTimes(stat(100, 0, 55))).toEqual({ total: 1000, steal: 0 });
  });

  it('gives the stolen share of the time between two readings', () => {
    // 1000 jiffies pass, 250 of them stolen.
    expect(stealShare(readCpuTimes(stat(100, 0)), readCpuTimes(stat(850, 250)))).toBeCloseTo(0.25, 12);
  });

  it('says unknown (NaN) without a readable cpu line or without time passing', () => {
    expect(readCpuTimes('intr 1\n')).toBeUndefined();
    expect(readCpuTimes('cpu  1 2 x\n')).toBeUndefined();
    expect(stealShare(undefined, readCpuTimes(stat(1, 0)))).toBeNaN();
    expect(stealShare(readCpuTimes(stat(1, 0)), readCpuTimes(stat(1, 0)))).toBeNaN();
  });

  it('reads this machine when it has /proc/stat', () => {
    const now = readCpuTimes();
    if (now) expect(now.total).toBeGreaterThan(0);
  });
});
