// Glyph advance widths read straight from a TrueType/OpenType file (cmap + hmtx), so chart
// layout measures text with the very font resvg draws it with — no canvas needed in Node.

/** Advance widths of one font, in em. */
export interface FontMetrics {
  /** Advance of a code point in em, or undefined when the font has no glyph for it. */
  advanceEm(codePoint: number): number | undefined;
}

interface CharacterMap {
  glyph(codePoint: number): number;
}

/** Parses the tables needed for widths; throws on a file that is not a usable TrueType font. */
export function parseFontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = tableDirectory(view);
  const head = requireTable(tables, 'head');
  const hhea = requireTable(tables, 'hhea');
  const hmtx = requireTable(tables, 'hmtx');
  const cmap = requireTable(tables, 'cmap');

  const unitsPerEm = view.getUint16(head + 18);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const characters = characterMap(view, cmap);
  // Glyphs past numberOfHMetrics share the last advance (monospaced tail, common in CJK fonts).
  const advanceUnits = (glyph: number) =>
    view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  return {
    advanceEm(codePoint: number): number | undefined {
      const glyph = characters.glyph(codePoint);
      return glyph === 0 ? undefined : advanceUnits(glyph) / unitsPerEm;
    },
  };
}

function tableDirectory(view: DataView): Map<string, number> {
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x4f54544f /* 'OTTO' */ && version !== 0x74727565 /* 'true' */) {
    throw new Error('not a TrueType/OpenType font');
  }
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

function requireTable(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`the font has no '${tag}' table`);
  return offset;
}

/** Picks the Unicode subtable: full repertoire (format 12) if present, else the BMP one (format 4). */
function characterMap(view: DataView, cmap: number): CharacterMap {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(view, subtable);
    if (format === 4) format4 ??= subtable;
  }
  if (format4 !== undefined) return format4Map(view, format4);
  throw new Error('the font has no Unicode character map');
}

function format12(view: DataView, subtable: number): CharacterMap {
  const groups = view.getUint32(subtable + 12);
  const start = (i: number) => view.getUint32(subtable + 16 + 12 * i);
  return {
    glyph(codePoint) {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const group = subtable + 16 + 12 * mid;
        if (codePoint < start(mid)) hi = mid - 1;
        else if (codePoint > view.getUint32(group + 4)) lo = mid + 1;
        else return view.getUint32(group + 8) + (codePoint - start(mid));
      }
      return 0;
    },
  };
}

function format4Map(view: DataView, subtable: number): CharacterMap {
  const segments = view.getUint16(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + 2 * segments + 2;
  const idDeltas = startCodes + 2 * segments;
  const idRangeOffsets = idDeltas + 2 * segments;
  return {
    glyph(codePoint) {
      if (codePoint > 0xffff) return 0;
      let lo = 0;
      let hi = segments - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (view.getUint16(endCodes + 2 * mid) < codePoint) lo = mid + 1;
        else hi = mid;
      }
      const start = view.getUint16(startCodes + 2 * lo);
      if (codePoint < start || codePoint > view.getUint16(endCodes + 2 * lo)) return 0;
      const delta = view.getInt16(idDeltas + 2 * lo);
      const rangeOffsetAt = idRangeOffsets + 2 * lo;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    },
  };
}
