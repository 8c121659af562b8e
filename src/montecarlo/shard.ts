// Shards: `--shard k/N` runs the replications i with i mod N == k. Interleaving (rather than
// contiguous blocks) keeps shards equally long and lets `--replications` grow without re-planning.
import { InputError, messages } from '../messages.js';

export interface Shard {
  index: number;
  count: number;
}

/** The whole run as one shard. */
export const WHOLE: Shard = { index: 0, count: 1 };

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new InputError(messages.badShard(text));
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index >= count) throw new InputError(messages.badShard(text));
  return { index, count };
}

/** Replication indices of the shard, ascending. */
export function shardReplications(total: number, shard: Shard): number[] {
  const out: number[] = [];
  for (let i = shard.index; i < total; i += shard.count) out.push(i);
  return out;
}

export function isWhole(shard: Shard): boolean {
  return shard.count === 1;
}
