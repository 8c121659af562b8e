// Reads the initial network's CSV files (agents: id,kind,region[,field]; edges: source,target,kind[,weight])
// at scenario load time, so bad data is refused before any run, with one message per problem naming
// file, line and column: `scenarios/data/edges.csv:17: target: unknown agent id "f-999"`.
import { statSync } from 'node:fs';
import { NotARegularFileError, readRegularFile } from '../io/regular-file.js';
import { InputError, messages } from '../messages.js';
import { nearestName } from '../nearest-name.js';
import { AGENT_KIND_NAMES, FIELDS, LINK_TYPE_NAMES, type Field } from '../model/vocabulary.js';
import {
  AGENT_ID_EXPECTATION, agentCells, DEFAULT_EDGE_WEIGHT, edgeCells, inlineExpectation, isAgentId, networkProblems, WEIGHT_EXPECTATION,
  type AgentCells, type AgentKindName, type EdgeCells, type LinkTypeName, type NetworkAgent, type NetworkEdge, type NetworkProblem,
} from './initial-network.js';
import { describeValue, formatPath } from './validation-errors.js';

/** Network files larger than this are refused (about 500,000 links); the rows travel to every worker. */
export const MAX_NETWORK_FILE_BYTES = 20_000_000;
/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 50;

const AGENT_COLUMNS = { required: ['id', 'kind', 'region'], optional: ['field'] } as const;
const EDGE_COLUMNS = { required: ['source', 'target', 'kind'], optional: ['weight'] } as const;

const oneOfExpectation = (values: readonly string[]) => `expected one of ${values.map((v) => `"${v}"`).join(', ')}`;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Where one table of the network comes from: a CSV file (shown path) or inline rows of a scenario file. */
export type TableSource =
  | { file: string; csv: true; lines: number[] }
  | { file: string; csv: false };

interface Problem {
  /** Sort key: the agents table before the edges table, then by line or row. */
  order: [number, number];
  file: string;
  text: string;
}

interface CsvLine {
  line: number;
  cells: string[];
}

/** Reads a whole regular file of at most MAX_NETWORK_FILE_BYTES as UTF-8 text (FIFOs and devices refused unopened). */
function readText(path: string, shown: string, scenarioFile: string, key: string): string {
  let raw: Buffer;
  try {
    raw = readRegularFile(path, MAX_NETWORK_FILE_BYTES);
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new InputError(messages.networkNotARegularFile(scenarioFile, key, shown));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(messages.networkFileNotFound(scenarioFile, key, shown));
    throw new InputError(messages.networkFileUnreadable(scenarioFile, key, shown, (error as Error).message.replace(/, \w+ '.*'$/, '')));
  }
  if (raw.length > MAX_NETWORK_FILE_BYTES) {
    throw new InputError(messages.networkFileTooLarge(shown, Math.max(raw.length, statSync(path).size), MAX_NETWORK_FILE_BYTES));
  }
  const text = raw.toString('utf8');
  if (raw.includes(0) || text.includes('\uFFFD')) throw new InputError(messages.networkNotText(shown));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Splits CSV text into lines of cells. Values are separated by commas and trimmed; a value in double
 * quotes may hold commas and doubled quotes (""), but not line breaks. Blank lines and lines starting
 * with `#` (comments) are skipped.
 */
function parseCsvLines(text: string, file: string, problems: Problem[], table: number): CsvLine[] {
  const out: CsvLine[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const cells: string[] = [];
    let i = 0;
    for (;;) {
      while (content[i] === ' ' || content[i] === '\t') i++;
      let value = '';
      if (content[i] === '"') {
        let closed = false;
        for (i++; i < content.length; i++) {
          if (content[i] === '"') {
            if (content[i + 1] === '"') {
              value += '"';
              i++;
            } else {
              closed = true;
              i++;
              break;
            }
          } else value += content[i];
        }
        if (!closed) {
          problems.push({ order: [table, line], file, text: messages.csvUnterminatedQuote(file, line) });
          return;
        }
        // Anything between the closing quote and the next comma is kept, as spreadsheets do.
        const comma = content.indexOf(',', i);
        value += content.slice(i, comma < 0 ? content.length : comma).trim();
        i = comma < 0 ? content.length : comma;
      } else {
        const comma = content.indexOf(',', i);
        value = content.slice(i, comma < 0 ? content.length : comma).trim();
        i = comma < 0 ? content.length : comma;
      }
      cells.push(value);
      if (i >= content.length) break;
      i++; // the comma
    }
    out.push({ line, cells });
  });
  return out;
}

/** Column positions from the header line, or undefined (with problems) when the header is unusable. */
function columnsOf(
  header: CsvLine | undefined, spec: { required: readonly string[]; optional: readonly string[] }, file: string, problems: Problem[], table: number,
): Map<string, number> | undefined {
  const all = [...spec.required, ...spec.optional];
  const described = `${spec.required.join(',')}[,${spec.optional.join(',')}]`;
  if (!header) {
    problems.push({ order: [table, 0], file, text: messages.csvNoHeader(file, described) });
    return undefined;
  }
  const columns = new Map<string, number>();
  let ok = true;
  const report = (text: string) => {
    problems.push({ order: [table, header.line], file, text });
    ok = false;
  };
  header.cells.forEach((name, index) => {
    if (columns.has(name)) report(messages.csvDuplicateColumn(file, header.line, name));
    else if (!all.includes(name)) report(messages.csvUnknownColumn(file, header.line, name, described, nearestName(name, all)));
    else columns.set(name, index);
  });
  for (const name of spec.required) {
    if (!columns.has(name) && !header.cells.some((cell) => nearestName(cell, [name]) === name && !all.includes(cell))) {
      report(messages.csvMissingColumn(file, header.line, name, described));
    }
  }
  return ok ? columns : undefined;
}

/**
 * The data lines of a table whose value count matches the header; a line may leave out optional
 * columns at its end (`a,b,finance` under `source,target,kind,weight`). Others become problems.
 */
function rowsOf(
  lines: CsvLine[], columns: Map<string, number>, required: readonly string[], file: string, problems: Problem[], table: number,
): CsvLine[] {
  const width = columns.size;
  const names = [...columns.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  const fewest = Math.max(...required.map((name) => columns.get(name)!)) + 1;
  return lines.filter(({ line, cells }) => {
    if (cells.length <= width && cells.length >= fewest) {
      while (cells.length < width) cells.push('');
      return true;
    }
    const expected = fewest === width ? `${width}` : `${fewest} to ${width}`;
    problems.push({ order: [table, line], file, text: messages.csvValueCount(file, line, expected, names.join(','), cells.length) });
    return false;
  });
}

interface ParsedTable<Row, Cells> {
  rows: Row[];
  cells: Cells[];
  lines: number[];
  /** False when the header or some line could not be read: ids may then be missing from `cells`. */
  whole: boolean;
}

function parseAgents(text: string, file: string, problems: Problem[]): ParsedTable<NetworkAgent, AgentCells> {
  const before = problems.length;
  const [header, ...data] = parseCsvLines(text, file, problems, 0);
  const result: ParsedTable<NetworkAgent, AgentCells> = { rows: [], cells: [], lines: [], whole: false };
  const columns = columnsOf(header, AGENT_COLUMNS, file, problems, 0);
  if (!columns) return result;
  const rows = rowsOf(data, columns, AGENT_COLUMNS.required, file, problems, 0);
  result.whole = problems.length === before;
  for (const { line, cells } of rows) {
    const get = (name: string) => (columns.has(name) ? cells[columns.get(name)!] : '');
    const bad = (column: string, expectation: string, value: string) =>
      problems.push({ order: [0, line], file, text: messages.csvCell(file, line, column, expectation, describeValue(value)) });
    const id = get('id');
    const kind = get('kind');
    const region = get('region');
    const field = get('field');
    const read: AgentCells = {};
    if (isAgentId(id)) read.id = id;
    else bad('id', AGENT_ID_EXPECTATION, id);
    if ((AGENT_KIND_NAMES as readonly string[]).includes(kind)) read.kind = kind;
    else bad('kind', oneOfExpectation(AGENT_KIND_NAMES), kind);
    if (region !== '') read.region = region;
    else bad('region', 'expected a region id of the scenario', region);
    if (field !== '' && !(FIELDS as readonly string[]).includes(field)) bad('field', oneOfExpectation(FIELDS), field);
    // Rows are returned only when the whole network is free of problems; until then the cells
    // that could be read take part in the checks across rows.
    result.cells.push(read);
    result.lines.push(line);
    const row: NetworkAgent = { id, kind: kind as AgentKindName, region };
    if (field !== '') row.field = field as Field;
    result.rows.push(row);
  }
  return result;
}

function parseEdges(text: string, file: string, problems: Problem[]): ParsedTable<NetworkEdge, EdgeCells> {
  const [header, ...data] = parseCsvLines(text, file, problems, 1);
  const result: ParsedTable<NetworkEdge, EdgeCells> = { rows: [], cells: [], lines: [], whole: true };
  const columns = columnsOf(header, EDGE_COLUMNS, file, problems, 1);
  if (!columns) return result;
  for (const { line, cells } of rowsOf(data, columns, EDGE_COLUMNS.required, file, problems, 1)) {
    const get = (name: string) => (columns.has(name) ? cells[columns.get(name)!] : '');
    const bad = (column: string, expectation: string, value: string) =>
      problems.push({ order: [1, line], file, text: messages.csvCell(file, line, column, expectation, describeValue(value)) });
    const source = get('source');
    const target = get('target');
    const kind = get('kind');
    const weightText = get('weight');
    const read: EdgeCells = {};
    if (isAgentId(source)) read.source = source;
    else bad('source', AGENT_ID_EXPECTATION, source);
    if (isAgentId(target)) read.target = target;
    else bad('target', AGENT_ID_EXPECTATION, target);
    if ((LINK_TYPE_NAMES as readonly string[]).includes(kind)) read.kind = kind;
    else bad('kind', oneOfExpectation(LINK_TYPE_NAMES), kind);
    let weight = DEFAULT_EDGE_WEIGHT;
    if (weightText !== '') {
      weight = DECIMAL.test(weightText) ? Number(weightText) : NaN;
      if (!(weight > 0 && weight <= 1)) bad('weight', WEIGHT_EXPECTATION, weightText);
    }
    result.cells.push(read);
    result.lines.push(line);
    result.rows.push({ source, target, kind: kind as LinkTypeName, weight });
  }
  return result;
}

/** A cross-row problem as `<file>:<line>: <column>: <problem>`, or for inline rows as a path message. */
export function describeNetworkProblem(problem: NetworkProblem, agents: TableSource, edges: TableSource): string {
  const source = problem.table === 'agents' ? agents : edges;
  if (!source.csv) {
    const { expectation, input } = inlineExpectation(problem);
    return messages.invalidField(source.file, formatPath(['initialNetwork', problem.table, problem.row, problem.column]), expectation, describeValue(input));
  }
  const line = source.lines[problem.row];
  const lineOf = (row: number) => source.lines[row];
  let text: string;
  switch (problem.code) {
    case 'duplicateId': text = messages.networkDuplicateId(problem.value, lineOf(problem.firstRow)); break;
    case 'unknownRegion': text = messages.networkUnknownRegion(problem.value, problem.regions); break;
    case 'unknownAgent': text = messages.networkUnknownAgent(problem.value); break;
    case 'selfLoop': text = messages.networkSelfLoop(problem.value); break;
    case 'duplicateEdge': text = messages.networkDuplicateEdge(problem.source, problem.value, lineOf(problem.firstRow)); break;
    case 'notLinkable': text = messages.networkNotLinkable(...problem.kinds); break;
    case 'wrongKind': text = messages.networkWrongKind(problem.kinds[0], problem.kinds[1], problem.expected, problem.value); break;
  }
  return messages.csvProblem(source.file, line, problem.column, text);
}

/** One table of the network as the scenario gives it: inline rows, or a CSV file to read. */
export type TableInput<Row> =
  | { rows: Row[]; file: string }
  | { path: string; shown: string; scenarioFile: string };

/**
 * Reads and checks the network's tables against the scenario's regions. Returns the rows, with the
 * default weight filled in; throws an InputError listing every problem (up to 50) otherwise.
 */
export function loadNetworkTables(
  agentsInput: TableInput<NetworkAgent>, edgesInput: TableInput<NetworkEdge>, regionIds: readonly string[],
): { agents: NetworkAgent[]; edges: NetworkEdge[] } {
  const problems: Problem[] = [];
  const agents = 'rows' in agentsInput
    ? { rows: agentsInput.rows, cells: agentCells(agentsInput.rows), lines: [], whole: true }
    : parseAgents(readText(agentsInput.path, agentsInput.shown, agentsInput.scenarioFile, 'agents'), agentsInput.shown, problems);
  const edges = 'rows' in edgesInput
    ? { rows: edgesInput.rows, cells: edgeCells(edgesInput.rows), lines: [], whole: true }
    : parseEdges(readText(edgesInput.path, edgesInput.shown, edgesInput.scenarioFile, 'edges'), edgesInput.shown, problems);
  const agentSource: TableSource = 'rows' in agentsInput ? { file: agentsInput.file, csv: false } : { file: agentsInput.shown, csv: true, lines: agents.lines };
  const edgeSource: TableSource = 'rows' in edgesInput ? { file: edgesInput.file, csv: false } : { file: edgesInput.shown, csv: true, lines: edges.lines };
  for (const problem of networkProblems(agents.cells, edges.cells, regionIds)) {
    // An agents line that could not be read would make its links' ids look unknown: say it once.
    if (problem.code === 'unknownAgent' && !agents.whole) continue;
    const source = problem.table === 'agents' ? agentSource : edgeSource;
    const table = problem.table === 'agents' ? 0 : 1;
    problems.push({ order: [table, source.csv ? source.lines[problem.row] : problem.row], file: source.file, text: describeNetworkProblem(problem, agentSource, edgeSource) });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
    const shown = problems.slice(0, MAX_LISTED).map((p) => p.text);
    if (problems.length > MAX_LISTED) shown.push(messages.moreProblems(problems[MAX_LISTED].file, problems.length - MAX_LISTED));
    throw new InputError(shown.join('\n'));
  }
  return { agents: agents.rows, edges: edges.rows };
}
