// The @font-face rule report.html embeds: Noto Sans JP cut down to the characters the page holds
// (plus ASCII and the symbols charts format numbers with), as a WOFF data URL, so Japanese renders
// on a machine without CJK fonts, offline. Text drawn later from other characters falls back per
// glyph to the rest of the font stack.
import { readFileSync } from 'node:fs';
import { REPORT_FONT_FAMILY, reportFontFiles } from './font-files.js';
import { subsetFontWoff } from './font-subset.js';
import { reportMessages } from './report-messages.js';

/** Characters that appear only at run time: digits and signs of axis labels and tooltips, ellipses of cut labels. */
const ALWAYS = '\u2212\u2026\u2013\u2014\u00a0\u00b7\u00d7\u2248\u00b1\u03bc\u03c3';

/** Code points of `text`, ASCII and the run-time symbols. */
export function pageCodePoints(text: string): Set<number> {
  const points = new Set<number>();
  for (let cp = 0x20; cp < 0x7f; cp++) points.add(cp);
  for (const char of ALWAYS) points.add(char.codePointAt(0)!);
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp >= 0x20) points.add(cp);
  }
  return points;
}

/** The WOFF subset of the regular weight for `text` (bold is synthesised by the browser). */
export function embeddedFontWoff(text: string): Buffer {
  const file = reportFontFiles().regular;
  let font: Buffer;
  try {
    font = readFileSync(file);
  } catch (error) {
    throw new Error(reportMessages.fontUnreadable(file, (error as Error).message));
  }
  return subsetFontWoff(font, pageCodePoints(text));
}

/** The CSS rule declaring the embedded subset under the family name the charts and page ask for first. */
export function embeddedFontFace(text: string): string {
  const data = embeddedFontWoff(text).toString('base64');
  return `@font-face { font-family: '${REPORT_FONT_FAMILY}'; src: url(data:font/woff;base64,${data}) format('woff'); font-weight: 400; font-style: normal; font-display: block; }`;
}
