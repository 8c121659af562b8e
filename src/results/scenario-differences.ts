// What differs between two resolved scenarios (after extends and defaults), setting by setting, for
// the report's "what differs" table. Lists of objects with an `id` (regions) are keyed by it, so a
// region's setting is named `regions.tokachi.talentSupply` whatever its position.

/** Settings that name or label a scenario or that a comparison forces equal (seed, replications). */
const IGNORED = new Set(['$schema', 'name', 'description', 'labelEn', 'labelJa', 'seed', 'replications']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyedById(list: unknown[]): Map<string, unknown> | undefined {
  if (!list.every((item) => isRecord(item) && typeof item.id === 'string')) return undefined;
  const ids = list.map((item) => (item as { id: string }).id);
  return new Set(ids).size === ids.length ? new Map(list.map((item) => [(item as { id: string }).id, item])) : undefined;
}

/** Path → JSON text of every leaf value. */
export function flattenSettings(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (path === '' && IGNORED.has(key)) continue;
      flattenSettings(inner, path ? `${path}.${key}` : key, into);
    }
  } else if (Array.isArray(value) && value.some((item) => isRecord(item))) {
    const byId = keyedById(value);
    if (byId) for (const [id, item] of byId) flattenSettings(item, `${path}.${id}`, into);
    else value.forEach((item, index) => flattenSettings(item, `${path}[${index}]`, into));
  } else {
    into.set(path, JSON.stringify(value));
  }
  return into;
}

export interface SettingDifference {
  path: string;
  /** JSON text; absent when that scenario has no such setting. */
  baselineValue?: string;
  variantValue?: string;
}

/** Differing settings in the baseline's order, then settings only the variant has. */
export function scenarioDifferences(baseline: unknown, variant: unknown): SettingDifference[] {
  const a = flattenSettings(baseline);
  const b = flattenSettings(variant);
  const differences: SettingDifference[] = [];
  for (const [path, value] of a) if (b.get(path) !== value) differences.push({ path, baselineValue: value, variantValue: b.get(path) });
  for (const [path, value] of b) if (!a.has(path)) differences.push({ path, variantValue: value });
  return differences;
}
