// Paired batches for the parallel figures: a batch on one worker and a batch on the pool run side
// by side, several times, alternating which goes first. On a shared VM the speed of a core drifts
// by ±20% over seconds, so each pair's ratio is taken and the median of the ratios reported, not a
// ratio of medians taken minutes apart.

export interface PairedBatches<B> {
  one: B[];
  all: B[];
}

/**
 * Runs `warmups` untimed pairs, then `pairs` timed ones. Without a pool (`runAll` undefined: one
 * core) only the one-worker batches are run.
 */
export async function pairedBatches<B>(runOne: () => Promise<B>, runAll: (() => Promise<B>) | undefined, pairs: number, warmups: number): Promise<PairedBatches<B>> {
  for (let i = 0; i < Math.max(1, warmups); i++) {
    await runOne();
    if (runAll) await runAll();
  }
  const one: B[] = [];
  const all: B[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always follows the other's garbage.
    if (i % 2 === 0) one.push(await runOne());
    if (runAll) all.push(await runAll());
    if (i % 2 === 1) one.push(await runOne());
  }
  return { one, all };
}
