// Text widths for chart layout in Node. Vega without a canvas guesses 0.8 em per character,
// which clips full-width Japanese (1 em each); here widths come from Noto Sans JP's own advances,
// falling back to "full-width = 1 em, other = 0.6 em" for glyphs the font lacks.
import { readFileSync } from 'node:fs';
import { reportFontFiles } from './font-files.js';
import { parseFontMetrics, type FontMetrics } from './font-metrics.js';
import { reportMessages } from './report-messages.js';

interface LoadedMetrics {
  regular: FontMetrics;
  bold: FontMetrics;
}

let loaded: LoadedMetrics | undefined;

function metrics(): LoadedMetrics {
  if (loaded) return loaded;
  const files = reportFontFiles();
  const read = (file: string) => {
    try {
      return parseFontMetrics(readFileSync(file));
    } catch (error) {
      throw new Error(reportMessages.fontUnreadable(file, (error as Error).message));
    }
  };
  loaded = { regular: read(files.regular), bold: read(files.bold) };
  return loaded;
}

/**
 * East Asian Wide and Fullwidth ranges (UAX #11, abridged to the blocks Japanese text uses):
 * these glyphs are one em wide in every CJK font.
 */
export function isFullWidth(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Width estimate in em without a font: full-width 1 em, anything else 0.6 em. */
export function estimateWidthEm(text: string): number {
  let em = 0;
  for (const char of text) em += isFullWidth(char.codePointAt(0)!) ? 1 : 0.6;
  return em;
}

/** Width of a single line of text in pixels, measured with Noto Sans JP (regular or bold). */
export function measureTextPx(text: string, fontSizePx: number, bold = false): number {
  const font = bold ? metrics().bold : metrics().regular;
  let em = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    em += font.advanceEm(codePoint) ?? (isFullWidth(codePoint) ? 1 : 0.6);
  }
  return em * fontSizePx;
}
