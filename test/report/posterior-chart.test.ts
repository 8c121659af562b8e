// The ensemble charts: one marginal per parameter binned over its own prior range, each pair once,
// and the robust-comparison chart; all render to SVG.
import { describe, expect, it } from 'vitest';
import { buildEnsembleEffectChart, buildPosteriorMarginalsChart, buildPosteriorPairsChart, renderSvg } from '../../src/report/index.js';

const input = {
  parameters: [{ path: 'a.x', lo: 0, hi: 1 }, { path: 'a.y', lo: 10, hi: 20 }, { path: 'b.z', lo: -1, hi: 1 }],
  sets: [{ values: [0.2, 12, 0], weight: 0.5 }, { values: [0.3, 15, 0.5], weight: 0.5 }],
  subtitle: 'test',
};

describe('posterior and ensemble-effect charts', () => {
  it('bins each marginal over its prior range and draws every pair once', async () => {
    const bin = (lo: number, hi: number) => ({ encoding: { x: { bin: { extent: [lo, hi] } } } });
    expect(buildPosteriorMarginalsChart(input)).toMatchObject({ concat: [bin(0, 1), bin(10, 20), bin(-1, 1)] });
    const pair = (x: string, y: string) => ({ encoding: { x: { title: x }, y: { title: y } } });
    const pairs = buildPosteriorPairsChart(input);
    expect(pairs).toMatchObject({ concat: [pair('a.x', 'a.y'), pair('a.x', 'b.z'), pair('a.y', 'b.z')] });
    expect('concat' in pairs && pairs.concat.length).toBe(3);
    const effects = buildEnsembleEffectChart([{ variant: 'v', indicator: 'i', median: 1, p5: -1, p95: 2, verdict: 'conditional on a.x (higher -> larger effect)' }], 'test');
    for (const spec of [buildPosteriorMarginalsChart(input), buildPosteriorPairsChart(input), effects]) {
      const { svg, warnings } = await renderSvg(spec);
      expect(svg).toContain('<svg');
      expect(warnings).toEqual([]);
    }
  });
});
