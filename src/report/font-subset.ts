// A TrueType subset of the report font holding only the glyphs a page uses, wrapped as WOFF (zlib
// per table), so report.html can embed Japanese glyphs in tens of kilobytes instead of 5 MB.
// Glyph ids are kept (unused glyphs become empty), so composite glyphs need no renumbering; layout
// tables (GSUB, GPOS, vertical metrics) are dropped: the page sets plain horizontal text.
import { deflateSync } from 'node:zlib';

interface TableRecord {
  tag: string;
  data: Buffer;
}

function tables(font: Buffer): Map<string, Buffer> {
  const count = font.readUInt16BE(4);
  const map = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = font.toString('latin1', at, at + 4);
    const offset = font.readUInt32BE(at + 8);
    const length = font.readUInt32BE(at + 12);
    map.set(tag, font.subarray(offset, offset + length));
  }
  return map;
}

/** Code point → glyph id from the font's Unicode cmap (format 12 if present, else format 4). */
function glyphLookup(cmap: Buffer): (codePoint: number) => number {
  const count = cmap.readUInt16BE(2);
  let format4: Buffer | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + 8 * i);
    const encoding = cmap.readUInt16BE(6 + 8 * i);
    const sub = cmap.subarray(cmap.readUInt32BE(8 + 8 * i));
    const format = sub.readUInt16BE(0);
    if (platform === 3 && encoding === 10 && format === 12) {
      const groups = sub.readUInt32BE(12);
      return (cp) => {
        for (let g = 0; g < groups; g++) {
          const at = 16 + 12 * g;
          const start = sub.readUInt32BE(at);
          if (cp >= start && cp <= sub.readUInt32BE(at + 4)) return sub.readUInt32BE(at + 8) + cp - start;
        }
        return 0;
      };
    }
    if (platform === 3 && encoding === 1 && format === 4) format4 = sub;
  }
  if (!format4) return () => 0;
  const sub = format4;
  const segments = sub.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > sub.readUInt16BE(ends + 2 * s)) continue;
      const start = sub.readUInt16BE(starts + 2 * s);
      if (cp < start) return 0;
      const delta = sub.readInt16BE(deltas + 2 * s);
      const range = sub.readUInt16BE(ranges + 2 * s);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = sub.readUInt16BE(ranges + 2 * s + range + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Components of a composite glyph (numberOfContours < 0). */
function components(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const found: number[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(at);
    found.push(glyph.readUInt16BE(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return found;
  }
}

/** A format 4 cmap (platform 3, encoding 1) for the BMP code points given. */
function buildCmap(mapping: [number, number][]): Buffer {
  const bmp = mapping.filter(([cp]) => cp <= 0xfffe).sort((a, b) => a[0] - b[0]);
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [cp, glyph] of bmp) {
    const last = segments[segments.length - 1];
    if (last && cp === last.end + 1 && glyph - cp === last.delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: glyph - cp });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const length = 16 + 8 * n;
  const sub = Buffer.alloc(length);
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n));
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(2 * n, 6);
  sub.writeUInt16BE(searchRange, 8);
  sub.writeUInt16BE(Math.log2(searchRange / 2), 10);
  sub.writeUInt16BE(2 * n - searchRange, 12);
  segments.forEach((s, i) => {
    sub.writeUInt16BE(s.end, 14 + 2 * i);
    sub.writeUInt16BE(s.start, 16 + 2 * n + 2 * i);
    sub.writeUInt16BE(s.delta & 0xffff, 16 + 4 * n + 2 * i);
    // idRangeOffset stays 0: every segment maps by delta.
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(1, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, sub]);
}

function checksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Tables kept in the subset; everything else (layout, vertical metrics, baselines) is dropped. */
const KEPT = ['OS/2', 'cmap', 'gasp', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post', 'prep'];

/** The subset as TrueType tables: glyphs of `codePoints` (and their components), glyph 0 kept. */
export function subsetTables(font: Buffer, codePoints: Iterable<number>): TableRecord[] {
  const source = tables(font);
  const table = (tag: string) => {
    const data = source.get(tag);
    if (!data) throw new Error(`the font has no ${tag} table`);
    return data;
  };
  const head = Buffer.from(table('head'));
  const maxp = table('maxp');
  const hhea = table('hhea');
  const glyphCount = maxp.readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const loca = table('loca');
  const offset = (g: number) => (longLoca ? loca.readUInt32BE(4 * g) : 2 * loca.readUInt16BE(2 * g));
  const glyf = table('glyf');
  const glyphData = (g: number) => glyf.subarray(offset(g), offset(g + 1));

  const lookup = glyphLookup(table('cmap'));
  const mapping: [number, number][] = [];
  const used = new Set<number>([0]);
  for (const cp of new Set(codePoints)) {
    const glyph = lookup(cp);
    if (glyph > 0 && glyph < glyphCount) {
      mapping.push([cp, glyph]);
      used.add(glyph);
    }
  }
  const pending = [...used];
  while (pending.length > 0) {
    for (const component of components(glyphData(pending.pop()!))) {
      if (!used.has(component) && component < glyphCount) {
        used.add(component);
        pending.push(component);
      }
    }
  }

  // Every glyph id stays; an unused one is empty (length 0) with zero metrics.
  const newLoca = Buffer.alloc(4 * (glyphCount + 1));
  const pieces: Buffer[] = [];
  let at = 0;
  for (let g = 0; g < glyphCount; g++) {
    newLoca.writeUInt32BE(at, 4 * g);
    if (!used.has(g)) continue;
    const data = glyphData(g);
    const padded = pad4(data.length);
    pieces.push(data, Buffer.alloc(padded - data.length));
    at += padded;
  }
  newLoca.writeUInt32BE(at, 4 * glyphCount);
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);

  const hmtx = Buffer.from(table('hmtx'));
  const longMetrics = hhea.readUInt16BE(34);
  for (let g = 0; g < glyphCount; g++) {
    if (used.has(g)) continue;
    if (g < longMetrics) hmtx.writeUInt32BE(0, 4 * g);
    else hmtx.writeInt16BE(0, 4 * longMetrics + 2 * (g - longMetrics));
  }

  // post format 3: no glyph names (the page never needs them).
  const post = Buffer.from(table('post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const built = new Map<string, Buffer>([
    ['cmap', buildCmap(mapping)],
    ['glyf', Buffer.concat(pieces)],
    ['head', head],
    ['hmtx', hmtx],
    ['loca', newLoca],
    ['post', post],
  ]);
  return KEPT.filter((tag) => built.has(tag) || source.has(tag)).map((tag) => ({ tag, data: built.get(tag) ?? source.get(tag)! }));
}

/** The tables as one TrueType file, head's checkSumAdjustment set (tables in tag order). */
function sfnt(records: TableRecord[]): { font: Buffer; checksums: number[] } {
  const n = records.length;
  const header = Buffer.alloc(12 + 16 * n);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(n));
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(Math.log2(searchRange / 16), 8);
  header.writeUInt16BE(16 * n - searchRange, 10);
  const checksums = records.map((r) => checksum(r.data));
  let at = header.length;
  const body: Buffer[] = [];
  records.forEach((r, i) => {
    header.write(r.tag.padEnd(4), 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksums[i], 16 + 16 * i);
    header.writeUInt32BE(at, 20 + 16 * i);
    header.writeUInt32BE(r.data.length, 24 + 16 * i);
    body.push(r.data, Buffer.alloc(pad4(r.data.length) - r.data.length));
    at += pad4(r.data.length);
  });
  const font = Buffer.concat([header, ...body]);
  const headIndex = records.findIndex((r) => r.tag === 'head');
  const adjustment = (0xb1b0afba - checksum(font)) >>> 0;
  records[headIndex].data.writeUInt32BE(adjustment, 8);
  font.writeUInt32BE(adjustment, header.readUInt32BE(20 + 16 * headIndex) + 8);
  return { font, checksums };
}

/** WOFF 1.0: the sfnt's tables, each zlib-compressed when that makes it smaller. */
export function woff(records: TableRecord[]): Buffer {
  const sorted = [...records].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const { font, checksums } = sfnt(sorted);
  const n = sorted.length;
  const header = Buffer.alloc(44 + 20 * n);
  const body: Buffer[] = [];
  let at = header.length;
  sorted.forEach((r, i) => {
    const compressed = deflateSync(r.data, { level: 9 });
    const stored = compressed.length < r.data.length ? compressed : r.data;
    const entry = 44 + 20 * i;
    header.write(r.tag.padEnd(4), entry, 'latin1');
    header.writeUInt32BE(at, entry + 4);
    header.writeUInt32BE(stored.length, entry + 8);
    header.writeUInt32BE(r.data.length, entry + 12);
    header.writeUInt32BE(checksums[i], entry + 16);
    body.push(stored, Buffer.alloc(pad4(stored.length) - stored.length));
    at += pad4(stored.length);
  });
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(at, 8);
  header.writeUInt16BE(n, 12);
  header.writeUInt32BE(font.length, 16);
  header.writeUInt16BE(1, 20);
  return Buffer.concat([header, ...body]);
}

/** WOFF subset of a TrueType font for the given code points. */
export function subsetFontWoff(font: Buffer, codePoints: Iterable<number>): Buffer {
  return woff(subsetTables(font, codePoints));
}
