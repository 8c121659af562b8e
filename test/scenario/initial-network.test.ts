// The initial network from data (scenario `initialNetwork`): CSV files read at load time into the
// scenario (paths relative to the file that wrote them), every bad row refused with a message naming
// file, line and column, inline rows checked the same way with path messages, and bad data refused by
// the command line with exit code 2 before anything runs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { DEFAULT_EDGE_WEIGHT } from '../../src/scenario/initial-network.js';
import { loadScenario, validateScenario } from '../../src/scenario/load-scenario.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const AGENTS = `id,kind,region
u1,university,r0
i1,publicInstitute,r1
f1,sme,r0
f2,coreFirm,r0
f3,sme,r1
b1,bank,r0
k1,coordinator,r1
`;
const EDGES = `source,target,kind,weight
u1,f1,academiaIndustry,0.5
f2,f1,industryIndustry,0.9
f1,b1,finance,
k1,f3,coordination,1
i1,f2,academiaIndustry,0.25
`;
const SCENARIO = `name: net
horizonQuarters: 4
replications: 1
regions:
  - { id: r0, fields: { food: 1 }, agents: { smes: 5 } }
  - { id: r1, fields: { it: 1 }, agents: { smes: 5 } }
initialNetwork: { agents: agents.csv, edges: edges.csv }
`;

/** Writes files (path → text) into a fresh folder; returns the folder. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('network');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The message lines of loading `scenario.yaml` with the given agents and edges files. */
function errors(agents: string, edges: string, scenario = SCENARIO): string[] {
  const dir = folder({ 'scenario.yaml': scenario, 'agents.csv': agents, 'edges.csv': edges });
  try {
    loadScenario(join(dir, 'scenario.yaml'));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    // Paths outside the working directory are shown absolute; strip the folder for readable expectations.
    return (error as InputError).message.split('\n').map((line) => line.replaceAll(`${dir}/`, ''));
  }
  throw new Error('the network loaded without error');
}

describe('initialNetwork: loading CSV files', () => {
  it('puts the rows into the scenario, filling the default weight, so they reach workers by structured clone', () => {
    const dir = folder({ 'scenario.yaml': SCENARIO, 'agents.csv': AGENTS, 'edges.csv': EDGES });
    const { scenario } = loadScenario(join(dir, 'scenario.yaml'));
    const network = scenario.initialNetwork!;
    expect(network.agents).toHaveLength(7);
    expect(network.agents[0]).toEqual({ id: 'u1', kind: 'university', region: 'r0' });
    expect(network.edges).toEqual([
      { source: 'u1', target: 'f1', kind: 'academiaIndustry', weight: 0.5 },
      { source: 'f2', target: 'f1', kind: 'industryIndustry', weight: 0.9 },
      { source: 'f1', target: 'b1', kind: 'finance', weight: DEFAULT_EDGE_WEIGHT },
      { source: 'k1', target: 'f3', kind: 'coordination', weight: 1 },
      { source: 'i1', target: 'f2', kind: 'academiaIndustry', weight: 0.25 },
    ]);
    expect(structuredClone(scenario)).toEqual(scenario);
    // A loaded scenario validates again as it is (sweeps re-validate each design point).
    expect(validateScenario(structuredClone(scenario), 'x.yaml')).toEqual(scenario);
  });

  it('reads optional columns in any order, quoted values, comments, blank lines, CRLF and a BOM', () => {
    const agents = '\uFEFF# exported from the co-patent database\r\nregion,kind,id,field\r\n\r\nr0,university,"Univ, A",devices\r\nr0,sme,f1,\r\nr0,sme,"f ""2""",food\r\n';
    const edges = 'weight,kind,target,source\n0.3,academiaIndustry,f1,"Univ, A"\n,industryIndustry,"f ""2""",f1\n';
    const dir = folder({ 'scenario.yaml': SCENARIO, 'agents.csv': agents, 'edges.csv': edges });
    const network = loadScenario(join(dir, 'scenario.yaml')).scenario.initialNetwork!;
    expect(network.agents).toEqual([
      { id: 'Univ, A', kind: 'university', region: 'r0', field: 'devices' },
      { id: 'f1', kind: 'sme', region: 'r0' },
      { id: 'f "2"', kind: 'sme', region: 'r0', field: 'food' },
    ]);
    expect(network.edges.map((e) => [e.source, e.target, e.weight])).toEqual([['Univ, A', 'f1', 0.3], ['f1', 'f "2"', 0.8]]);
  });

  it('lets a row leave out optional columns at its end', () => {
    const dir = folder({ 'scenario.yaml': SCENARIO, 'agents.csv': 'id,kind,region,field\nu1,university,r0\nf1,sme,r0\n', 'edges.csv': 'source,target,kind,weight\nu1,f1,academiaIndustry\n' });
    const network = loadScenario(join(dir, 'scenario.yaml')).scenario.initialNetwork!;
    expect(network.agents[0]).toEqual({ id: 'u1', kind: 'university', region: 'r0' });
    expect(network.edges[0].weight).toBe(DEFAULT_EDGE_WEIGHT);
  });

  it('resolves the paths from the file that wrote them, also through extends', () => {
    const dir = folder({ 'base/scenario.yaml': SCENARIO, 'base/agents.csv': AGENTS, 'base/edges.csv': EDGES, 'variants/child.yaml': 'extends: ../base/scenario.yaml\nname: child\n' });
    // ../base is outside variants/ (and the working directory): allowed as --allow-paths would.
    expect(loadScenario(join(dir, 'variants/child.yaml'), { allowPaths: [dir] }).scenario.initialNetwork!.agents).toHaveLength(7);
    // The shipped example, extended from another folder.
    const other = folder({ 'x.yaml': `extends: ${join(REPO_ROOT, 'scenarios/cases/data-network.yaml')}\nname: x\n` });
    const network = loadScenario(join(other, 'x.yaml')).scenario.initialNetwork!;
    expect(network.agents.length).toBeGreaterThanOrEqual(50);
    expect(network.edges.length).toBeGreaterThanOrEqual(100);
  });

  it('accepts inline rows in the scenario file', () => {
    const dir = folder({
      'scenario.yaml': SCENARIO.replace('initialNetwork: { agents: agents.csv, edges: edges.csv }',
        'initialNetwork:\n  agents: [{ id: a, kind: university, region: r0 }, { id: b, kind: sme, region: r1 }]\n  edges: [{ source: a, target: b, kind: academiaIndustry }]'),
    });
    const network = loadScenario(join(dir, 'scenario.yaml')).scenario.initialNetwork!;
    expect(network.edges).toEqual([{ source: 'a', target: 'b', kind: 'academiaIndustry', weight: DEFAULT_EDGE_WEIGHT }]);
  });
});

describe('initialNetwork: bad rows, with line numbers', () => {
  it('names an unknown agent id', () => {
    expect(errors(AGENTS, `${EDGES}f1,f-999,industryIndustry,0.5\n`)).toEqual(['edges.csv:7: target: unknown agent id "f-999"']);
    expect(errors(AGENTS, `${EDGES}nobody,f1,industryIndustry\n`)).toEqual(['edges.csv:7: source: unknown agent id "nobody"']);
  });

  it('names a bad agent kind, link kind and field', () => {
    expect(errors(`${AGENTS}f9,firm,r0\n`, EDGES)).toEqual([
      'agents.csv:9: kind: expected one of "university", "publicInstitute", "sme", "coreFirm", "bank", "coordinator", got "firm"',
    ]);
    expect(errors(AGENTS, `${EDGES}u1,f3,joint,0.5\n`)).toEqual([
      'edges.csv:7: kind: expected one of "academiaIndustry", "industryIndustry", "finance", "coordination", got "joint"',
    ]);
    expect(errors(`id,kind,region,field\nu1,university,r0,chemistry\n`, 'source,target,kind\n')).toEqual([
      'agents.csv:2: field: expected one of "food", "materials", "devices", "medical", "it", "energy", "manufacturing", "bio", got "chemistry"',
    ]);
  });

  it('refuses a link type the two kinds do not have, and kinds the model cannot link', () => {
    expect(errors(AGENTS, `${EDGES}f3,b1,industryIndustry\n`)).toEqual([
      'edges.csv:7: kind: a link between "sme" and "bank" agents is "finance", got "industryIndustry"',
    ]);
    expect(errors(AGENTS, `${EDGES}u1,i1,academiaIndustry\n`)).toEqual([
      'edges.csv:7: kind: "university" and "publicInstitute" agents cannot be linked (the model has no link between two academics, two banks or two coordinators)',
    ]);
  });

  it('refuses weights outside (0, 1] and anything that is not a number', () => {
    const bad = ['0', '1.5', '-0.2', 'abc', 'NaN', 'Infinity', '0x1', '1e400'];
    const lines = errors(AGENTS, EDGES + bad.map((w, i) => `f${(i % 2) + 1},u1,academiaIndustry,${w}\n`).join('').replace(/^f2,u1/gm, 'f3,u1'));
    // The first of each pair is f1–u1 again: also a duplicate of line 2.
    expect(lines.filter((line) => line.includes('weight'))).toEqual(bad.map((w, i) =>
      `edges.csv:${7 + i}: weight: expected a number greater than 0 and at most 1, got "${w}"`));
  });

  it('refuses a duplicate link in either direction, a self-loop and a duplicate agent id', () => {
    expect(errors(AGENTS, `${EDGES}f1,u1,academiaIndustry,0.7\nf2,f2,industryIndustry\n`)).toEqual([
      'edges.csv:7: target: duplicate link between "f1" and "u1" (first on line 2; links are undirected)',
      'edges.csv:8: target: "f2" is also the source (a link cannot join an agent to itself)',
    ]);
    expect(errors(`${AGENTS}f1,sme,r1\n`, EDGES)).toEqual(['agents.csv:9: id: duplicate agent id "f1" (first on line 4)']);
  });

  it('names a missing column, an unknown or repeated column, and a wrong number of values', () => {
    expect(errors('id,kind\nu1,university\n', EDGES)[0]).toBe('agents.csv:1: missing column "region" (the header must name id,kind,region[,field])');
    expect(errors(AGENTS, 'source,target,weight\nu1,f1,0.5\n')).toEqual([
      'edges.csv:1: missing column "kind" (the header must name source,target,kind[,weight])',
    ]);
    expect(errors(AGENTS, 'source,target,knd\nu1,f1,academiaIndustry\n')).toEqual([
      'edges.csv:1: unknown column "knd" (expected source,target,kind[,weight]); did you mean \'kind\'?',
    ]);
    expect(errors('id,kind,region,id\n', EDGES)[0]).toBe('agents.csv:1: column "id" appears twice in the header');
    expect(errors(AGENTS, `${EDGES}u1,f3\nu1,f3,academiaIndustry,0.5,extra\n`)).toEqual([
      'edges.csv:7: expected 3 to 4 values (source,target,kind,weight), got 2',
      'edges.csv:8: expected 3 to 4 values (source,target,kind,weight), got 5',
    ]);
    expect(errors('', EDGES)).toEqual(['agents.csv: expected a header line naming the columns id,kind,region[,field], found an empty file']);
    expect(errors(AGENTS, `${EDGES}"u1,f3,academiaIndustry\n`)).toEqual(['edges.csv:7: a quoted value is not closed on its line']);
  });

  it('names a region the scenario does not have', () => {
    expect(errors(`${AGENTS}x1,sme,hokkaido\n`, EDGES)).toEqual(['agents.csv:9: region: unknown region "hokkaido" (the scenario\'s regions: r0, r1)']);
  });

  it('reports every problem of both files at once, agents first, in line order', () => {
    const lines = errors(`${AGENTS}f1,sme,r1\nx,bank,nowhere\n`, `${EDGES}u1,zz,academiaIndustry\nb1,f2,finance,2\n`);
    expect(lines).toEqual([
      'agents.csv:9: id: duplicate agent id "f1" (first on line 4)',
      'agents.csv:10: region: unknown region "nowhere" (the scenario\'s regions: r0, r1)',
      'edges.csv:7: target: unknown agent id "zz"',
      'edges.csv:8: weight: expected a number greater than 0 and at most 1, got "2"',
    ]);
  });

  it('does not call ids unknown when their agents line could not be read', () => {
    expect(errors(AGENTS.replace('f3,sme,r1', 'f3,sme'), EDGES)).toEqual(['agents.csv:6: expected 3 values (id,kind,region), got 2']);
    expect(errors('id,kind,regio\n', EDGES)).toEqual([
      'agents.csv:1: unknown column "regio" (expected id,kind,region[,field]); did you mean \'region\'?',
    ]);
  });

  it('caps a long list of problems', () => {
    const lines = errors(AGENTS, EDGES + Array.from({ length: 80 }, (_, i) => `f1,ghost${i},industryIndustry\n`).join(''));
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('edges.csv: ... and 30 more problems');
  });

  it('names the scenario file and key when a file is missing, a folder or binary', () => {
    const dir = folder({ 'scenario.yaml': SCENARIO, 'agents.csv': AGENTS, 'sub/x': '' });
    const load = () => loadScenario(join(dir, 'scenario.yaml'));
    expect(load).toThrow(`${dir}/scenario.yaml: initialNetwork.edges: file not found: ${dir}/edges.csv`);
    writeFileSync(join(dir, 'scenario.yaml'), SCENARIO.replace('edges: edges.csv', 'edges: sub'));
    expect(load).toThrow(`${dir}/scenario.yaml: initialNetwork.edges: not a regular file: ${dir}/sub`);
    writeFileSync(join(dir, 'scenario.yaml'), SCENARIO.replace('edges: edges.csv', 'edges: bin.csv'));
    writeFileSync(join(dir, 'bin.csv'), Buffer.from([0x73, 0x00, 0xff, 0xfe]));
    expect(load).toThrow(`${dir}/bin.csv: expected a UTF-8 CSV text file, found binary data`);
  });
});

describe('initialNetwork: inline rows and the schema', () => {
  const document = (network: unknown) => ({
    name: 'x',
    regions: [{ id: 'r0', fields: { food: 1 } }, { id: 'r1', fields: { it: 1 } }],
    initialNetwork: network,
  });
  const validationErrors = (network: unknown) => {
    try {
      validateScenario(document(network), 'x.yaml');
    } catch (error) {
      return (error as InputError).message.split('\n');
    }
    throw new Error('validated');
  };

  it('checks inline rows with path messages', () => {
    const agents = [{ id: 'a', kind: 'university', region: 'r0' }, { id: 'b', kind: 'sme', region: 'r9' }, { id: 'a', kind: 'bank', region: 'r1' }, { id: 'c', kind: 'bank', region: 'r1' }];
    const edges = [
      { source: 'a', target: 'b', kind: 'academiaIndustry', weight: 0.5 },
      { source: 'b', target: 'a', kind: 'academiaIndustry' },
      { source: 'b', target: 'zz', kind: 'industryIndustry' },
      { source: 'b', target: 'b', kind: 'industryIndustry' },
      { source: 'b', target: 'c', kind: 'industryIndustry', weight: 0 },
    ];
    expect(validationErrors({ agents, edges }).sort()).toEqual([
      'x.yaml: initialNetwork.agents[1].region: expected a region id of the scenario (r0, r1), got "r9"',
      'x.yaml: initialNetwork.agents[2].id: expected a unique agent id, but initialNetwork.agents[0] has it too, got "a"',
      'x.yaml: initialNetwork.edges[1].target: expected one link per pair of agents, but initialNetwork.edges[0] links the same two agents, got "a"',
      'x.yaml: initialNetwork.edges[2].target: expected the id of an agent in initialNetwork.agents, got "zz"',
      'x.yaml: initialNetwork.edges[3].target: expected an agent other than the source (a link cannot join an agent to itself), got "b"',
      'x.yaml: initialNetwork.edges[4].kind: expected "finance" (the link type between "sme" and "bank" agents), got "industryIndustry"',
      'x.yaml: initialNetwork.edges[4].weight: expected a number greater than 0 and at most 1, got 0',
    ].sort());
  });

  it('refuses a network that is neither a path nor rows, and unknown keys', () => {
    expect(validationErrors({ agents: 5, edges: [] })).toEqual([
      'x.yaml: initialNetwork.agents: expected the path of a CSV file (id,kind,region[,field]) or a list of agents, got 5',
    ]);
    expect(validationErrors({ agents: [], edges: [], file: 'edges.csv' })[0]).toMatch(/^x\.yaml: initialNetwork\.file: unknown key/);
    expect(validationErrors({ agents: [{ id: 'a', kind: 'sme', region: 'r0', colour: 'red' }], edges: [] })[0])
      .toMatch(/^x\.yaml: initialNetwork\.agents\[0\]\.colour: unknown key/);
  });
});

describe('initialNetwork: command line', () => {
  it('validate and run exit 2 on bad data, naming file and line, before running anything', async () => {
    const dir = folder({ 'scenario.yaml': SCENARIO, 'agents.csv': AGENTS, 'edges.csv': `${EDGES}f1,f-999,industryIndustry\n` });
    const message = `${dir}/edges.csv:7: target: unknown agent id "f-999"\n`;
    const validate = await runCli(['validate', join(dir, 'scenario.yaml')]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(message);
    const out = join(dir, 'out');
    const run = await runCli(['run', join(dir, 'scenario.yaml'), '--out', out, '-w', '1', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(join(out, 'net'))).toBe(false);
  }, 30_000);

  it('runs the shipped data-network example through worker threads', async () => {
    const out = tempDir('network-run');
    const result = await runCli(['run', 'scenarios/cases/data-network.yaml', '-r', '2', '-w', '2', '-q', '--no-report', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'data-network', 'summary.csv'))).toBe(true);
  }, 60_000);
});
