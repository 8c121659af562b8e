// The TrueType reader behind text measurement: advances from cmap + hmtx of the bundled font.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFontFiles } from '../../src/report/font-files.js';
import { parseFontMetrics } from '../../src/report/font-metrics.js';
import { isFullWidth } from '../../src/report/text-measure.js';

describe('font metrics', () => {
  const regular = parseFontMetrics(readFileSync(reportFontFiles().regular));

  it('reads full-width kana, kanji and brackets as 1 em, Latin narrower', () => {
    for (const char of ['特', 'あ', 'ア', '（', '）', '、']) expect(regular.advanceEm(char.codePointAt(0)!), char).toBe(1);
    const a = regular.advanceEm('A'.codePointAt(0)!)!;
    const i = regular.advanceEm('i'.codePointAt(0)!)!;
    expect(a).toBeGreaterThan(0.4);
    expect(a).toBeLessThan(0.8);
    expect(i).toBeLessThan(a);
  });

  it('reports glyphs the font lacks as undefined', () => {
    expect(regular.advanceEm(0x1f600)).toBeUndefined();
  });

  it('rejects a file that is not a font', () => {
    expect(() => parseFontMetrics(Buffer.from('definitely not a font file'))).toThrow(/not a TrueType/);
  });

  it('classifies East Asian wide characters', () => {
    expect(isFullWidth('漢'.codePointAt(0)!)).toBe(true);
    expect(isFullWidth('ｶ'.codePointAt(0)!)).toBe(false); // half-width katakana
    expect(isFullWidth('Ａ'.codePointAt(0)!)).toBe(true); // full-width Latin
    expect(isFullWidth('a'.codePointAt(0)!)).toBe(false);
  });
});
