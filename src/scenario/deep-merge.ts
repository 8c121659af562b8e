// Deep merge for `extends`: mappings merge key by key, everything else (arrays included) replaces.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isMapping(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys are defined as own properties, so a key spelt `__proto__` stays a key (reported as unknown)
 * instead of replacing the merged mapping's prototype. YAML aliases can make a mapping contain
 * itself; a mapping already being merged further up replaces instead of merging again.
 */
export function deepMerge(base: Json, override: Json, merging: Set<object> = new Set()): Json {
  if (!isMapping(base) || !isMapping(override) || merging.has(base) || merging.has(override)) return override;
  merging.add(base).add(override);
  const merged: Record<string, Json> = {};
  const define = (key: string, value: Json) =>
    Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  for (const [key, value] of Object.entries(base)) define(key, value);
  for (const [key, value] of Object.entries(override)) {
    define(key, Object.hasOwn(base, key) ? deepMerge(base[key], value, merging) : value);
  }
  merging.delete(base);
  merging.delete(override);
  return merged;
}
