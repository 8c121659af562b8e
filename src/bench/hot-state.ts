// Bytes of hot state of a world: every typed array held by the agent table, the link store (its
// columns, adjacency rows, pair index and region tallies), seeds, projects, products and loans.
import type { World } from '../model/world.js';

export interface HotState {
  bytes: number;
  /** Bytes per table, same keys as the world's fields. */
  byTable: Record<string, number>;
}

const TABLES = ['agents', 'links', 'seeds', 'projects', 'products', 'loans'] as const;

/** Sums the buffers of the typed arrays reachable from each table (two levels down), each buffer once. */
export function hotState(world: World): HotState {
  const seen = new Set<ArrayBufferLike>();
  const byTable: Record<string, number> = {};
  let bytes = 0;
  for (const table of TABLES) {
    let tableBytes = 0;
    const visit = (value: unknown, depth: number) => {
      if (ArrayBuffer.isView(value)) {
        if (!seen.has(value.buffer)) {
          seen.add(value.buffer);
          tableBytes += value.buffer.byteLength;
        }
      } else if (depth < 2 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        // Not the agent table from inside the link store: it is counted once, as `agents`.
        for (const field of Object.values(value)) if (field !== world.agents) visit(field, depth + 1);
      }
    };
    visit(world[table], 0);
    byTable[table] = tableBytes;
    bytes += tableBytes;
  }
  return { bytes, byTable };
}
