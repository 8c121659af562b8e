// SVG and PNG rendering in Node: every chart renders without warnings and byte-identically, text
// is measured with the bundled Noto Sans JP, and a Japanese-titled PNG really shows its glyphs.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';
import { buildCharts } from '../../src/report/build-charts.js';
import { REPORT_FONT_FAMILY, reportFontFiles } from '../../src/report/font-files.js';
import { labelsFor, LANGS } from '../../src/report/labels.js';
import { renderPng } from '../../src/report/render-png.js';
import { renderSvg } from '../../src/report/render-svg.js';
import { estimateWidthEm, measureTextPx } from '../../src/report/text-measure.js';
import { vegaTextWidth } from '../../src/report/vega-text-metrics.js';
import { sampleReportData } from '../fixtures/report/sample-report-data.js';

const JAPANESE_TITLE = '特許出願と事業化件数の推移（百万円）';
const TITLE_FONT_SIZE = 24;

/** A small chart whose only Japanese text is its title, so the title is what the check sees. */
function titledChart(title?: string): TopLevelSpec {
  return {
    // A wide offset keeps the plot well below the title, so a band of rows holds the title alone.
    ...(title ? { title: { text: title, fontSize: TITLE_FONT_SIZE, anchor: 'start', offset: 40 } } : {}),
    config: { font: REPORT_FONT_FAMILY, background: 'white' },
    data: { values: [{ x: 1, y: 2 }, { x: 2, y: 3 }] },
    mark: 'line',
    width: 120,
    height: 60,
    encoding: { x: { field: 'x', type: 'quantitative', title: null }, y: { field: 'y', type: 'quantitative', title: null } },
  };
}

/** Decodes a PNG through resvg (an <image> of it), returning RGBA pixels: no PNG decoder needed. */
function pixelsOf(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  const wrapper =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}">` +
    `<image width="${size.width}" height="${size.height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(wrapper).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Where dark (text or line) pixels lie within a band of rows, and how many there are. */
function inkExtent(image: { width: number; pixels: Buffer }, rowFrom: number, rowTo: number) {
  let left = Infinity;
  let right = -Infinity;
  let count = 0;
  for (let y = rowFrom; y < rowTo; y++) {
    for (let x = 0; x < image.width; x++) {
      const at = (y * image.width + x) * 4;
      if (image.pixels[at] < 128 && image.pixels[at + 1] < 128 && image.pixels[at + 2] < 128) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        count++;
      }
    }
  }
  return { left, right, count };
}

describe('text measurement', () => {
  it('resolves the Noto Sans JP TTFs from the npm package', () => {
    const fonts = reportFontFiles();
    expect(existsSync(fonts.regular)).toBe(true);
    expect(existsSync(fonts.bold)).toBe(true);
    expect(fonts.regular).toMatch(/noto-sans-jp.*NotoSansJP_400Regular\.ttf$/);
  });

  it('counts full-width glyphs as 1 em and Latin by its real, narrower advance', () => {
    expect(measureTextPx('特許出願', 10)).toBeCloseTo(40, 5);
    expect(measureTextPx('事業化件数（百万円）', 12)).toBeCloseTo(120, 5);
    const latin = measureTextPx('Commercialisations', 10);
    expect(latin).toBeGreaterThan(60);
    expect(latin).toBeLessThan(0.8 * 18 * 10); // Vega's own guess (0.8 em per character) is wider
    expect(measureTextPx('Abc', 10, true)).toBeGreaterThan(measureTextPx('Abc', 10, false));
    expect(estimateWidthEm('特許 AB')).toBeCloseTo(2 + 3 * 0.6, 5);
  });

  it('gives Vega widths that respect font size, weight and the truncation limit', () => {
    expect(vegaTextWidth({ fontSize: 20 }, '論文')).toBeCloseTo(40, 5);
    expect(vegaTextWidth({}, '論文')).toBeCloseTo(22, 5); // Vega's default size is 11 px
    expect(vegaTextWidth({ fontSize: 10, limit: 25 }, '論文論文論文')).toBe(25);
    expect(vegaTextWidth({ fontSize: 10 }, null)).toBe(0);
    expect(vegaTextWidth({ fontSize: 10 }, '  論文  ')).toBeCloseTo(20, 5);
  });
});

describe('SVG rendering', () => {
  for (const lang of LANGS) {
    it(`renders every chart (${lang}) without Vega-Lite or Vega warnings`, async () => {
      for (const { name, spec } of buildCharts(sampleReportData(), labelsFor(lang))) {
        const { svg, warnings } = await renderSvg(spec);
        expect(warnings, name).toEqual([]);
        expect(svg.startsWith('<svg'), name).toBe(true);
        expect(svg).toContain('Noto Sans JP');
      }
    }, 60_000);
  }

  it('renders every chart of a scenario that funds no quarter (the "no programme" counterfactual)', async () => {
    // No funding periods: the trajectories' shaded funding layer would be empty, which Vega could not render.
    const data = { ...sampleReportData(), fundingPeriods: [] };
    for (const { name, spec } of buildCharts(data, labelsFor('en'))) {
      const { svg, warnings } = await renderSvg(spec);
      expect(warnings, name).toEqual([]);
      expect(svg.startsWith('<svg'), name).toBe(true);
    }
  }, 60_000);

  it('is byte-identical whatever was rendered before (clip ids restart per chart)', async () => {
    const charts = buildCharts(sampleReportData(), labelsFor('ja'));
    const hubs = charts.find((chart) => chart.name === 'network-hubs')!;
    const first = (await renderSvg(hubs.spec)).svg;
    for (const other of charts.slice(0, 3)) await renderSvg(other.spec);
    expect((await renderSvg(hubs.spec)).svg).toBe(first);
  }, 30_000);

  it('gives a Japanese title the width of its full-width glyphs', async () => {
    const { svg } = await renderSvg(titledChart(JAPANESE_TITLE));
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    // 18 full-width characters at 24 px, plus padding: Vega's default estimate would give ~346 px.
    expect(width).toBeGreaterThanOrEqual(18 * TITLE_FONT_SIZE);
  });
});

describe('PNG rendering', () => {
  it('draws the Japanese glyphs of a title, inside the image', async () => {
    const scale = 2;
    const withTitle = renderPng((await renderSvg(titledChart(JAPANESE_TITLE))).svg, { scale });
    const withoutTitle = renderPng((await renderSvg(titledChart())).svg, { scale });
    expect(withTitle.subarray(1, 4).toString('latin1')).toBe('PNG');

    const titled = pixelsOf(withTitle);
    const plain = pixelsOf(withoutTitle);
    // Padding (5) + one title line (24 × 1.4): above the plot, which starts 40 px further down.
    const titleBand = Math.round((5 + TITLE_FONT_SIZE * 1.4) * scale);
    const ink = inkExtent(titled, 0, titleBand);
    // Glyphs, not tofu boxes or nothing: 18 full-width characters at 24 px cover thousands of dark
    // pixels at 2× and span close to their measured advance width, inside the image.
    expect(ink.count).toBeGreaterThan(3000);
    const measured = measureTextPx(JAPANESE_TITLE, TITLE_FONT_SIZE, true) * scale;
    expect(ink.right - ink.left).toBeGreaterThan(0.9 * measured);
    expect(ink.right - ink.left).toBeLessThan(1.02 * measured);
    expect(ink.right).toBeLessThan(titled.width - 1);
    // The same chart without its title differs by about that much ink.
    const total = (image: typeof titled) => inkExtent(image, 0, image.height).count;
    expect(total(titled) - total(plain)).toBeGreaterThan(0.8 * ink.count);

    // A copy for a human look: CLUSTERSIM_KEEP_PNG=dir keeps it there.
    if (process.env.CLUSTERSIM_KEEP_PNG) writeFileSync(join(process.env.CLUSTERSIM_KEEP_PNG, 'japanese-title.png'), withTitle);
  }, 30_000);
});
