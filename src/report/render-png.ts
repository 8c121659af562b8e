// SVG → PNG with resvg and the bundled Noto Sans JP only (no system fonts), so slides show the
// same Japanese glyphs on every machine, including a fresh one after `npm ci`.
import { Resvg } from '@resvg/resvg-js';
import { REPORT_FONT_FAMILY, reportFontFiles } from './font-files.js';

export interface PngOptions {
  /** Pixels per SVG unit; 2 gives sharp text on slides and projectors. */
  scale?: number;
}

/**
 * The SVG names a font stack for viewers without Noto Sans JP; resvg has only Noto loaded and
 * spends several times longer laying out text while it looks for the absent families.
 */
function withReportFontOnly(svg: string): string {
  return svg.replace(/font-family="[^"]*"/g, `font-family="${REPORT_FONT_FAMILY}"`);
}

export function renderPng(svg: string, options: PngOptions = {}): Buffer {
  const fonts = reportFontFiles();
  const resvg = new Resvg(withReportFontOnly(svg), {
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: REPORT_FONT_FAMILY,
      sansSerifFamily: REPORT_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
