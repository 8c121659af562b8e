// "Did you mean …?" for misspelt names (scenario keys, command-line options): the known name at the
// smallest edit distance, if it is close enough to be a plausible typo.

/** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The known name nearest to `name`, or undefined when none is within a third of the name's length
 * (at least 1, at most 3 edits): `smez` → `smes`, `replicatons` → `replications`, `colour` → nothing.
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  // Names far longer than any key are not typos; skip the quadratic distance for them.
  if (name.length === 0 || name.length > 100) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name || Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
