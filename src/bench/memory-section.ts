// Memory (issue 9): bytes of hot state per agent — the typed arrays of the agent table, link store
// (columns, adjacency rows, pair index), seeds, projects, products and loans at the end of a run,
// over the agents at the start — and the peak RSS of a 1M-agent run in a process of its own.
import type { Figure, Section } from './bench-types.js';
import type { HotState } from './hot-state.js';
import type { NationalRun } from './national-run.js';

export interface MeasuredState {
  name: string;
  agents: number;
  hotState: HotState;
}

const MB = 1024 * 1024;

export function memorySection(measured: readonly MeasuredState[], million: NationalRun | undefined): Section {
  const all: MeasuredState[] = [...measured];
  if (million) all.push({ name: 'national-1m', agents: million.agents, hotState: million.hotState });
  const figures: Figure[] = all.map((m) => ({
    key: `hotBytesPerAgent.${m.name}`,
    label: `${m.name}: bytes of hot state per agent`,
    value: m.hotState.bytes / m.agents,
    unit: 'B',
    digits: 0,
    // The target is for national scale; smaller worlds carry fixed minimum table sizes.
    targets: m.agents >= 100_000 ? [{ kind: 'max', value: 256, source: 'issue 9' }] : undefined,
  }));
  if (million) {
    figures.push(
      { key: 'millionPeakRssMb', label: 'national-1m: peak RSS (own process)', value: million.maxRssBytes / MB, unit: 'MB', digits: 0 },
      { key: 'millionHotStateMb', label: 'national-1m: hot state at the end', value: million.hotState.bytes / MB, unit: 'MB', digits: 0 },
    );
  }
  return {
    id: 'memory',
    title: `Memory (hot state at the end of a run, over agents at the start${million ? '' : '; no 1M run with --quick'})`,
    figures,
    details: {
      byTable: Object.fromEntries(all.map((m) => [m.name, Object.fromEntries(Object.entries(m.hotState.byTable).map(([k, v]) => [k, v / m.agents]))])),
      million: million && { maxRssBytes: million.maxRssBytes, agentsAtEnd: million.agentsAtEnd, linksAtEnd: million.linksAtEnd },
    },
  };
}
