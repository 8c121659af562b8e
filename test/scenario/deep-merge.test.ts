// The merge behind `extends`: mappings merge key by key at every depth; lists and scalars replace.
import { describe, expect, it } from 'vitest';
import { deepMerge, type Json } from '../../src/scenario/deep-merge.js';

describe('deepMerge', () => {
  it('merges nested mappings key by key', () => {
    const base: Json = { a: 1, nested: { keep: 1, change: 1, deeper: { x: 1, y: 1 } } };
    const override: Json = { b: 2, nested: { change: 2, deeper: { y: 2 } } };
    expect(deepMerge(base, override)).toEqual({ a: 1, b: 2, nested: { keep: 1, change: 2, deeper: { x: 1, y: 2 } } });
  });

  it('replaces lists whole instead of merging them by position', () => {
    expect(deepMerge({ regions: [{ id: 'a', n: 1 }, { id: 'b' }] }, { regions: [{ id: 'c' }] })).toEqual({ regions: [{ id: 'c' }] });
  });

  it('lets a scalar, a list or null replace a mapping, and the reverse', () => {
    expect(deepMerge({ m: { x: 1 } }, { m: 3 })).toEqual({ m: 3 });
    expect(deepMerge({ m: { x: 1 } }, { m: [1] })).toEqual({ m: [1] });
    expect(deepMerge({ m: { x: 1 } }, { m: null })).toEqual({ m: null });
    expect(deepMerge({ m: 3 }, { m: { x: 1 } })).toEqual({ m: { x: 1 } });
  });

  it('leaves both inputs unchanged', () => {
    const base: Json = { nested: { x: 1 } };
    const override: Json = { nested: { y: 2 } };
    deepMerge(base, override);
    expect(base).toEqual({ nested: { x: 1 } });
    expect(override).toEqual({ nested: { y: 2 } });
  });
});

describe('deepMerge on hostile documents', () => {
  it('keeps a key spelt __proto__ as a key, without touching any prototype', () => {
    const override = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Json;
    const merged = deepMerge({ b: 2 }, override) as Record<string, Json>;
    expect(Object.keys(merged)).toEqual(['b', '__proto__', 'a']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not merge a mapping that contains itself (YAML aliases) forever', () => {
    const base: Record<string, Json> = { m: { x: 1 } };
    (base.m as Record<string, Json>).self = base.m;
    const override: Record<string, Json> = { m: { y: 2 } };
    (override.m as Record<string, Json>).self = override.m;
    const merged = deepMerge(base, override) as Record<string, Record<string, Json>>;
    expect(merged.m.x).toBe(1);
    expect(merged.m.y).toBe(2);
  });
});
