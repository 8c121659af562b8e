// The font subset report.html embeds: only the page's glyphs (and their components), a WOFF whose
// tables decompress to what the subset holds, small enough to inline.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embeddedFontWoff, pageCodePoints } from '../../src/report/embedded-font.js';
import { reportFontFiles } from '../../src/report/font-files.js';
import { subsetTables, woff } from '../../src/report/font-subset.js';

/** Glyph id of a code point in a format 4 cmap subtable (the subset writes only that one). */
function glyphOf(cmap: Buffer, cp: number): number {
  const sub = cmap.subarray(cmap.readUInt32BE(8));
  const n = sub.readUInt16BE(6) / 2;
  for (let s = 0; s < n; s++) {
    if (cp > sub.readUInt16BE(14 + 2 * s)) continue;
    if (cp < sub.readUInt16BE(16 + 2 * n + 2 * s)) return 0;
    return (cp + sub.readInt16BE(16 + 4 * n + 2 * s)) & 0xffff;
  }
  return 0;
}

describe('font subset', () => {
  const font = readFileSync(reportFontFiles().regular);

  it('maps the requested characters only, and keeps glyph outlines only for them', () => {
    const tables = new Map(subsetTables(font, [...'事業化A'].map((c) => c.codePointAt(0)!)).map((t) => [t.tag, t.data]));
    const cmap = tables.get('cmap')!;
    for (const char of '事業化A') expect(glyphOf(cmap, char.codePointAt(0)!), char).toBeGreaterThan(0);
    expect(glyphOf(cmap, '鬱'.codePointAt(0)!)).toBe(0);
    expect(tables.get('glyf')!.length).toBeLessThan(5_000);
    expect(tables.has('GSUB')).toBe(false);
    // Glyph ids are kept: loca still has one entry per glyph of the full font, plus one.
    expect(tables.get('loca')!.length).toBe(4 * (tables.get('maxp')!.readUInt16BE(4) + 1));
  });

  it('wraps the tables as WOFF 1.0 whose tables inflate to the subset', () => {
    const records = subsetTables(font, pageCodePoints('十勝の事業化'));
    const file = woff(records);
    expect(file.toString('latin1', 0, 4)).toBe('wOFF');
    expect(file.readUInt32BE(8)).toBe(file.length);
    const count = file.readUInt16BE(12);
    expect(count).toBe(records.length);
    for (let i = 0; i < count; i++) {
      const entry = 44 + 20 * i;
      const tag = file.toString('latin1', entry, entry + 4).trim();
      const offset = file.readUInt32BE(entry + 4);
      const stored = file.readUInt32BE(entry + 8);
      const length = file.readUInt32BE(entry + 12);
      const data = file.subarray(offset, offset + stored);
      const original = stored < length ? inflateSync(data) : data;
      expect(original.length, tag).toBe(length);
      if (tag !== 'head') expect(original.equals(records.find((r) => r.tag.trim() === tag)!.data), tag).toBe(true);
    }
  });

  it('stays small for a Japanese page: tens of kilobytes, not the 5 MB font', () => {
    const text = '地域イノベーション・クラスター施策 シミュレーション結果 要旨 事業化件数 起業数 関連収入 特許出願 公的支出 十勝 神戸 北九州 長野';
    const size = embeddedFontWoff(text).length;
    expect(size).toBeGreaterThan(5_000);
    expect(size).toBeLessThan(100_000);
  });
});
