// Holm's step-down adjustment against hand-computed values (equal to R's p.adjust(p, "holm")).
import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../src/stats/index.js';

describe('holmAdjust', () => {
  it('p = [0.01, 0.04, 0.03, 0.005] → [0.03, 0.06, 0.06, 0.02]', () => {
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → monotone max 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 15));
  });

  it('caps at 1, keeps NaN out of the family, and handles ties and an empty family', () => {
    expect(holmAdjust([0.5, 0.6])).toEqual([1, 1]);
    const withNaN = holmAdjust([0.01, Number.NaN, 0.02]);
    expect(withNaN[0]).toBeCloseTo(0.02, 15);
    expect(withNaN[1]).toBeNaN();
    expect(withNaN[2]).toBeCloseTo(0.02, 15);
    expect(holmAdjust([0.01, 0.01])).toEqual([0.02, 0.02]);
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([1.2])).toThrow(/outside \[0, 1\]/);
  });
});
