// Seed derivation: every stream's seed is a hash of (master seed, replication index, stream name).
// Mixed, not added (seed + i would correlate neighbouring replications); never the clock or worker order.
// The scenario is deliberately not an input, so replication i of two scenarios shares its seeds.

/** murmur3's 32-bit finaliser: a bijection with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units: turns a stream name into 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h >>> 0);
}

/** Combines two 32-bit words into two new 32-bit words (64 bits of state, so collisions are rare). */
function mixPair(a: number, b: number, salt: number): [number, number] {
  const hi = fmix32((a ^ Math.imul(b, 0x9e3779b9) ^ salt) >>> 0);
  const lo = fmix32((b ^ Math.imul(hi, 0x85ebca6b) ^ Math.imul(a, 0xc2b2ae35)) >>> 0);
  return [hi, lo];
}

function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

/** Splits a master seed (any safe integer) into two 32-bit words. */
function seedWords(masterSeed: number): [number, number] {
  if (!Number.isSafeInteger(masterSeed) || masterSeed < 0) {
    throw new RangeError(`master seed must be a non-negative safe integer, got ${masterSeed}`);
  }
  return [masterSeed % 0x100000000, Math.floor(masterSeed / 0x100000000)];
}

/**
 * The recorded seed of one replication: 16 hex digits derived from the master seed and the
 * replication index. It is printed in manifests so a single replication can be rerun alone.
 */
export function replicationSeed(masterSeed: number, replication: number): string {
  const [lo, hi] = seedWords(masterSeed);
  const [a, b] = mixPair(lo, hi, 0x5eed);
  const [c, d] = mixPair(a ^ replication, b ^ Math.floor(replication / 0x100000000), 0x4e91);
  return hex32(c) + hex32(d);
}

/** The seed of one named stream inside a replication. */
export function streamSeed(replicationSeedHex: string, streamName: string): string {
  const a = parseInt(replicationSeedHex.slice(0, 8), 16);
  const b = parseInt(replicationSeedHex.slice(8, 16), 16);
  const [c, d] = mixPair(a, b ^ hashString(streamName), 0x57e4);
  return hex32(c) + hex32(d);
}
