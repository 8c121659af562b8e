// The scenario's optional initial network (MODEL.md §6): agents and links from data, as CSV files or
// inline rows. The row schema, and the checks across rows (ids, regions, linkable kinds, duplicates)
// shared by the CSV reader (line-numbered messages) and the schema (path messages for inline rows).
import { z } from 'zod';
import { messages } from '../messages.js';
import { linkTypeFor } from '../model/link-rules.js';
import { AGENT_KIND_NAMES, FIELDS, LINK_TYPE_NAMES } from '../model/vocabulary.js';
import { identifier, oneOf, section } from './schema-builders.js';

export type AgentKindName = (typeof AGENT_KIND_NAMES)[number];
export type LinkTypeName = (typeof LINK_TYPE_NAMES)[number];

/** Strength of a data link whose weight is not given. */
export const DEFAULT_EDGE_WEIGHT = 0.8;
/** Longest agent id accepted (ids are labels from the data, e.g. firm codes). */
export const MAX_AGENT_ID_LENGTH = 200;

export const AGENT_ID_EXPECTATION = `expected an agent id (1 to ${MAX_AGENT_ID_LENGTH} characters, no leading or trailing spaces)`;
export const WEIGHT_EXPECTATION = 'expected a number greater than 0 and at most 1';

/** Is `value` a usable agent id (what the CSV reader and the schema both accept)? */
export function isAgentId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_AGENT_ID_LENGTH && value.trim() === value;
}

const agentId = (description: string) =>
  z.string({ error: AGENT_ID_EXPECTATION }).refine(isAgentId, { error: AGENT_ID_EXPECTATION }).meta({ description });

export const networkAgentSchema = section(
  {
    id: agentId('Agent id, unique in the network (links refer to it).'),
    kind: oneOf(AGENT_KIND_NAMES, { description: 'Agent kind.' }),
    region: identifier({ description: 'Id of a region of the scenario.' }),
    field: oneOf(FIELDS, { description: 'Main technology field (drawn from the region\'s fields when not given).' }).optional(),
  },
  'An agent of the initial network.',
);

export const networkEdgeSchema = section(
  {
    source: agentId('Id of one agent of the link.'),
    target: agentId('Id of the other agent (links are undirected).'),
    kind: oneOf(LINK_TYPE_NAMES, { description: 'Link type; must be the one the model gives the two kinds (see model/link-rules).' }),
    weight: z
      .number({ error: WEIGHT_EXPECTATION })
      .gt(0, { error: WEIGHT_EXPECTATION })
      .max(1, { error: WEIGHT_EXPECTATION })
      .default(DEFAULT_EDGE_WEIGHT)
      .meta({ description: `Link strength in (0, 1] (default ${DEFAULT_EDGE_WEIGHT}).` }),
  },
  'A link of the initial network.',
);

export type NetworkAgent = z.output<typeof networkAgentSchema>;
export type NetworkEdge = z.output<typeof networkEdgeSchema>;

export const initialNetworkSchema = section(
  {
    agents: z
      .union([
        z.string({ error: 'expected a path' }).min(1, { error: 'expected a path' }),
        z.array(networkAgentSchema, { error: 'expected a list of agents' }),
      ], { error: 'expected the path of a CSV file (id,kind,region[,field]) or a list of agents' })
      .meta({
        description:
          'Agents of the initial network: a CSV file with the columns id,kind,region and optionally field (path relative to the scenario file), ' +
          'or a list of {id, kind, region, field}. They are created in addition to the regions\' generated agents (regions[*].agents).',
      }),
    edges: z
      .union([
        z.string({ error: 'expected a path' }).min(1, { error: 'expected a path' }),
        z.array(networkEdgeSchema, { error: 'expected a list of links' }),
      ], { error: 'expected the path of a CSV file (source,target,kind[,weight]) or a list of links' })
      .meta({
        description:
          'Links among those agents at the start: a CSV file with the columns source,target,kind and optionally weight (path relative to the ' +
          `scenario file), or a list of {source, target, kind, weight}; weight in (0, 1], default ${DEFAULT_EDGE_WEIGHT}.`,
      }),
  },
  'Initial network from data, e.g. inter-firm or co-patent links. The loader reads the CSV files and puts their rows here.',
);

export type InitialNetwork = z.output<typeof initialNetworkSchema>;

/** A problem across rows. `row` indexes the agents or edges list; `column` is the offending column. */
export type NetworkProblem =
  | { table: 'agents'; row: number; column: 'id'; code: 'duplicateId'; value: string; firstRow: number }
  | { table: 'agents'; row: number; column: 'region'; code: 'unknownRegion'; value: string; regions: string[] }
  | { table: 'edges'; row: number; column: 'source' | 'target'; code: 'unknownAgent'; value: string }
  | { table: 'edges'; row: number; column: 'target'; code: 'selfLoop'; value: string }
  | { table: 'edges'; row: number; column: 'target'; code: 'duplicateEdge'; source: string; value: string; firstRow: number }
  | { table: 'edges'; row: number; column: 'kind'; code: 'notLinkable'; value: string; kinds: [string, string] }
  | { table: 'edges'; row: number; column: 'kind'; code: 'wrongKind'; value: string; expected: LinkTypeName; kinds: [string, string] };

/** Agent rows as far as they could be read: an unreadable kind or region is undefined. */
export interface AgentCells {
  id?: string;
  kind?: string;
  region?: string;
}
export interface EdgeCells {
  source?: string;
  target?: string;
  kind?: string;
}

const KIND_CODE = new Map<string, number>(AGENT_KIND_NAMES.map((name, code) => [name, code]));

/**
 * Checks that hold across rows: agent ids unique, regions of the scenario, links between known and
 * distinct agents, one link per pair, and the link type the model gives the two kinds. Rows whose own
 * cells are unreadable (undefined) are skipped for the checks that need them, so one bad cell
 * gives one problem.
 */
export function networkProblems(agents: readonly AgentCells[], edges: readonly EdgeCells[], regionIds: readonly string[]): NetworkProblem[] {
  const problems: NetworkProblem[] = [];
  const regions = new Set(regionIds);
  const firstRowOf = new Map<string, number>();
  agents.forEach((agent, row) => {
    if (agent.id !== undefined) {
      const first = firstRowOf.get(agent.id);
      if (first !== undefined) problems.push({ table: 'agents', row, column: 'id', code: 'duplicateId', value: agent.id, firstRow: first });
      else firstRowOf.set(agent.id, row);
    }
    if (agent.region !== undefined && !regions.has(agent.region)) {
      problems.push({ table: 'agents', row, column: 'region', code: 'unknownRegion', value: agent.region, regions: [...regionIds] });
    }
  });
  const kindOf = (id: string) => agents[firstRowOf.get(id)!].kind;
  const pairs = new Map<string, number>();
  edges.forEach((edge, row) => {
    const { source, target } = edge;
    let known = true;
    for (const column of ['source', 'target'] as const) {
      const value = edge[column];
      if (value !== undefined && !firstRowOf.has(value)) {
        problems.push({ table: 'edges', row, column, code: 'unknownAgent', value });
        known = false;
      }
    }
    if (source === undefined || target === undefined || !known) return;
    if (source === target) {
      problems.push({ table: 'edges', row, column: 'target', code: 'selfLoop', value: target });
      return;
    }
    // Links are undirected: a–b and b–a are the same pair. JSON keeps ids with commas apart.
    const key = JSON.stringify(source < target ? [source, target] : [target, source]);
    const first = pairs.get(key);
    if (first !== undefined) {
      problems.push({ table: 'edges', row, column: 'target', code: 'duplicateEdge', source, value: target, firstRow: first });
      return;
    }
    pairs.set(key, row);
    const kinds: [string | undefined, string | undefined] = [kindOf(source), kindOf(target)];
    if (kinds[0] === undefined || kinds[1] === undefined || edge.kind === undefined) return;
    const type = linkTypeFor(KIND_CODE.get(kinds[0])!, KIND_CODE.get(kinds[1])!);
    if (type < 0) {
      problems.push({ table: 'edges', row, column: 'kind', code: 'notLinkable', value: edge.kind, kinds: [kinds[0], kinds[1]] });
    } else if (LINK_TYPE_NAMES[type] !== edge.kind) {
      problems.push({ table: 'edges', row, column: 'kind', code: 'wrongKind', value: edge.kind, expected: LINK_TYPE_NAMES[type], kinds: [kinds[0], kinds[1]] });
    }
  });
  return problems;
}

/** The readable cells of inline rows (what the schema's own checks let through). */
export function agentCells(rows: unknown): AgentCells[] {
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    return {
      id: isAgentId(r.id) ? r.id : undefined,
      kind: typeof r.kind === 'string' && KIND_CODE.has(r.kind) ? r.kind : undefined,
      region: typeof r.region === 'string' ? r.region : undefined,
    };
  });
}

export function edgeCells(rows: unknown): EdgeCells[] {
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    return {
      source: isAgentId(r.source) ? r.source : undefined,
      target: isAgentId(r.target) ? r.target : undefined,
      kind: typeof r.kind === 'string' && (LINK_TYPE_NAMES as readonly string[]).includes(r.kind) ? r.kind : undefined,
    };
  });
}

/** A cross-row problem of inline rows as the schema states it: an expectation and the value found. */
export function inlineExpectation(problem: NetworkProblem): { expectation: string; input: unknown } {
  switch (problem.code) {
    case 'duplicateId': return { expectation: messages.inlineDuplicateId(problem.firstRow), input: problem.value };
    case 'unknownRegion': return { expectation: messages.inlineUnknownRegion(problem.regions), input: problem.value };
    case 'unknownAgent': return { expectation: messages.inlineUnknownAgent(), input: problem.value };
    case 'selfLoop': return { expectation: messages.inlineSelfLoop(), input: problem.value };
    case 'duplicateEdge': return { expectation: messages.inlineDuplicateEdge(problem.firstRow), input: problem.value };
    case 'notLinkable': return { expectation: messages.inlineNotLinkable(...problem.kinds), input: problem.value };
    case 'wrongKind': return { expectation: messages.inlineWrongKind(problem.kinds[0], problem.kinds[1], problem.expected), input: problem.value };
  }
}
