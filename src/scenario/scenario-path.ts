// Parameter paths into a scenario ('model.meeting.linkThreshold', 'regions[1].agents.smes'): parse,
// read, and set on a deep copy. Every segment must already exist, so a misspelt parameter is an error.
import { InputError } from '../messages.js';
import { statsMessages } from '../stats/stats-messages.js';

/** One step of a path: an object field name or a list index. */
export type PathSegment = string | number;

// Field names as scenario files write them: a letter or _ first (so a name is never mistaken for an index).
const SEGMENT = /^([A-Za-z_][A-Za-z0-9_-]*)((?:\[\d+\])*)$/;

/** Splits a path into segments: 'regions[1].agents.smes' → ['regions', 1, 'agents', 'smes']. Throws InputError on bad syntax. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const part of path.split('.')) {
    const match = SEGMENT.exec(part);
    if (!match) throw new InputError(statsMessages.badPathSyntax(path));
    segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/** The path of the first `count` segments, as a user wrote it (for messages). */
function prefix(segments: PathSegment[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const s = segments[i];
    text += typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`;
  }
  return text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walks to the container holding the last segment, checking every step exists. */
function locate(root: unknown, path: string, segments: PathSegment[]): { container: Record<string, unknown> | unknown[]; key: PathSegment } {
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const parent = prefix(segments, i);
    if (typeof segment === 'number') {
      if (!Array.isArray(node)) throw new InputError(statsMessages.notAContainer(path, parent, describe(node), 'list'));
      if (segment >= node.length) throw new InputError(statsMessages.indexOutOfRange(path, parent, segment, node.length));
    } else {
      if (!isRecord(node)) throw new InputError(statsMessages.notAContainer(path, parent || 'the scenario', describe(node), 'object'));
      if (!Object.hasOwn(node, segment)) throw new InputError(statsMessages.unknownKey(path, parent, segment, Object.keys(node)));
    }
    if (i === segments.length - 1) return { container: node as Record<string, unknown> | unknown[], key: segment };
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  throw new InputError(statsMessages.badPathSyntax(path));
}

/** The value at `path`; throws an InputError naming the path if any segment does not exist. */
export function getPath(root: unknown, path: string): unknown {
  const { container, key } = locate(root, path, parsePath(path));
  return (container as Record<PathSegment, unknown>)[key];
}

/**
 * A deep copy of `root` (structuredClone) with the value at `path` replaced; `root` is untouched.
 * Every segment, the last included, must already exist (apply it to the scenario with defaults filled
 * in), so an unknown parameter fails here with an InputError naming the path and the fields that do exist.
 * The value's type is not checked here: validate the resulting scenario with the schema.
 */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const segments = parsePath(path);
  const copy = structuredClone(root);
  const { container, key } = locate(copy, path, segments);
  (container as Record<PathSegment, unknown>)[key] = value;
  return copy;
}
