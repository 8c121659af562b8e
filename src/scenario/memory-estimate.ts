// How much memory a run of a scenario needs, estimated before anything is allocated, so a scenario
// that cannot fit (10^9 agents) is refused with the estimate instead of crashing mid-run.
// Bytes per agent come from the agent table's column spec and bytes per link are measured from the
// link store, so both follow the model's columns.
import { AGENT_LAYOUT, AgentTable } from '../model/agent-table.js';
import { INDICATOR_COUNT } from '../model/indicators.js';
import { LinkStore } from '../model/link-store.js';
import type { Scenario } from './schema.js';

const MB = 1024 * 1024;
const PROBE_CAPACITY = 4096;

/**
 * Bytes held in typed arrays by `object` and, down to `levels` levels, the objects it holds,
 * divided by `per`.
 */
function typedArrayBytes(object: object, per: number, levels = 1): number {
  let bytes = 0;
  // Each array once: a table may hold one column under several names (AGENT_ALIASES).
  const seen = new Set<ArrayBufferView>();
  const visit = (value: unknown, depth: number) => {
    if (ArrayBuffer.isView(value)) {
      if (!seen.has(value)) bytes += value.byteLength;
      seen.add(value);
    }
    else if (depth <= levels && typeof value === 'object' && value !== null) for (const v of Object.values(value)) visit(v, depth + 1);
  };
  visit(object, 0);
  return bytes / per;
}

/** Bytes per agent slot: every storage column of the agent table (not the list of exits it holds, which is not per agent). */
export const AGENT_BYTES = AGENT_LAYOUT.bytesPerRow;
/** Bytes per link slot: the link columns and the pair index sized for them. */
export const LINK_BYTES = typedArrayBytes(new LinkStore(new AgentTable(16), PROBE_CAPACITY), PROBE_CAPACITY);

/** Adjacency rows (LinkStore.adjacency): target and link id, Int32 each, for both ends of a link. */
const ADJACENCY_BYTES_PER_LINK = 2 * 2 * 4;
/**
 * Per agent outside the tables: region index lists (JS arrays, 8 bytes per entry, an agent in about
 * four lists), network-metric scratch (betweenness: five columns of 4–8 bytes; components, hubs),
 * the adjacency row start, and the seeds, projects and loans that grow with the agents.
 */
const OTHER_BYTES_PER_AGENT = 4 * 8 + 48 + 24 + 4 + 64;
/** Links per agent the store is sized for at the start (create-world) and typically reaches. */
const LINKS_PER_AGENT = 2;
/** Agent slots per agent: the table is sized 1.1 × the initial count for births. */
const AGENT_SLOTS_PER_AGENT = 1.1;
/**
 * Tables double when full, and for a moment hold the old and the new column; typed arrays and JS
 * strings also carry allocator and garbage-collector slack. Measured peaks stay below 2×.
 */
const GROWTH_MARGIN = 2;
/** Per indicator value of a replication's output: Float64 (8) plus its CSV text, in the worker and again in the main thread. */
const OUTPUT_BYTES_PER_VALUE = 8 + 2 * 16;
/** Node, the libraries and the main thread's buffers. */
const PROCESS_BASE_MB = 100;
/**
 * Per row (agent or link) of an initial network from data, in the main thread: the CSV text, its lines
 * and cells while it is read, then the rows as objects, which the scenario keeps. Measured: 100,000
 * agents and 450,000 links (17 MB of CSV) peak at 583 MB with one replication in-process, of which
 * about 370 MB is the loading (800 bytes a row keeps the estimate ~7% above).
 */
const NETWORK_ROW_LOAD_BYTES = 800;
/**
 * Per network row in each worker thread: its structured-clone copy of the scenario's rows. Measured:
 * the same network peaks at 1,103 MB with two workers, about 180 MB more per worker than its world
 * (400 bytes a row keeps the estimate ~10% above).
 */
const NETWORK_ROW_WORKER_BYTES = 400;
/** A worker thread's own V8 isolate and modules. */
const WORKER_BASE_MB = 30;

export interface MemoryEstimate {
  /** Agents at the start, over every region. */
  agents: number;
  /** One replication's world and output, in MB. */
  perReplicationMb: number;
  /** Replications held in memory at once (worker threads, or 1 in-process). */
  concurrent: number;
  /** The whole process, in MB. */
  totalMb: number;
}

export function initialAgents(scenario: Scenario): number {
  let agents = 0;
  for (const region of scenario.regions) {
    const a = region.agents;
    agents += a.universities + a.publicInstitutes + a.smes + a.coreFirms + a.banks + a.programmeCoordinators + a.localCoordinators;
  }
  // Agents from an initial network come on top of the generated ones.
  const data = scenario.initialNetwork?.agents;
  return agents + (Array.isArray(data) ? data.length : 0);
}

/** Links of an initial network from data (0 without one). */
function dataLinks(scenario: Scenario): number {
  const edges = scenario.initialNetwork?.edges;
  return Array.isArray(edges) ? edges.length : 0;
}

/** Agent and link rows of an initial network from data (0 without one). */
function dataRows(scenario: Scenario): number {
  const agents = scenario.initialNetwork?.agents;
  return (Array.isArray(agents) ? agents.length : 0) + dataLinks(scenario);
}

/**
 * Estimated peak memory of running `scenario` with `concurrent` replications at once:
 *   base + rows × 800 + concurrent × (worker base + rows × 400 (workers only)
 *     + margin × (agents × (1.1 × agentBytes + other) + (2 × agents + data links) × (linkBytes + 16)
 *                 + quarters × (regions + 1) × indicators × 40)),
 * where rows are the agent and link rows of an initial network from data.
 */
export function estimateMemory(scenario: Scenario, concurrent: number): MemoryEstimate {
  const agents = initialAgents(scenario);
  const links = LINKS_PER_AGENT * agents + dataLinks(scenario);
  const worldBytes = agents * (AGENT_SLOTS_PER_AGENT * AGENT_BYTES + OTHER_BYTES_PER_AGENT) + links * (LINK_BYTES + ADJACENCY_BYTES_PER_LINK);
  const outputBytes = scenario.horizonQuarters * (scenario.regions.length + 1) * INDICATOR_COUNT * OUTPUT_BYTES_PER_VALUE;
  const workers = Math.max(1, concurrent);
  const rows = dataRows(scenario);
  // In-process (one replication), the world uses the main thread's rows; a worker holds its own copy.
  const rowCopyMb = workers > 1 ? (rows * NETWORK_ROW_WORKER_BYTES) / MB : 0;
  const perReplicationMb = (GROWTH_MARGIN * (worldBytes + outputBytes)) / MB + rowCopyMb;
  const threadMb = workers > 1 ? WORKER_BASE_MB : 0;
  const baseMb = PROCESS_BASE_MB + (rows * NETWORK_ROW_LOAD_BYTES) / MB;
  return { agents, perReplicationMb, concurrent: workers, totalMb: baseMb + workers * (threadMb + perReplicationMb) };
}
