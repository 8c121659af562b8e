// Deep merge for `extends`: mappings merge key by key, everything else (arrays included) replaces.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isMapping(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge(base: Json, override: Json): Json {
  if (!isMapping(base) || !isMapping(override)) return override;
  const merged: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return merged;
}
