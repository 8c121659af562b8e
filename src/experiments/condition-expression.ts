// The condition language of `discover`: column names, numbers (50% = 0.5), + - * / (× ÷), comparisons,
// and/or/not, parentheses — parsed by hand into a tree and evaluated per row, never with eval. A value
// that is not a number (an empty ratio) makes the row's condition undefined rather than false.
import { InputError, messages } from '../messages.js';
import { nearestName } from '../nearest-name.js';

type Node =
  | { op: 'number'; value: number }
  | { op: 'column'; name: string }
  | { op: 'neg'; arg: Node }
  | { op: 'not'; arg: Node }
  | { op: '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or'; left: Node; right: Node };

interface Token {
  kind: 'number' | 'name' | 'op' | 'end';
  text: string;
  value?: number;
  at: number;
}

/** A parsed condition: the columns it reads and its value on a row (1 true, 0 false, NaN undefined). */
export interface Condition {
  text: string;
  columns: string[];
  evaluate(value: (column: string) => number): number;
}

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '<', '>', '=', '+', '-', '*', '/', '×', '÷', '−', '(', ')', '!'];
const ALIASES: Record<string, string> = { '&&': 'and', '||': 'or', '!': 'not', '=': '==', '×': '*', '÷': '/', '−': '-' };
const WORDS = new Set(['and', 'or', 'not']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)/.exec(text.slice(i));
    if (number) {
      const value = Number(number[0].replace('%', '')) / (number[4] ? 100 : 1);
      tokens.push({ kind: 'number', text: number[0], value, at: i });
      i += number[0].length;
      continue;
    }
    // Column names are scenario paths and summary columns: regions[0].agents.smes, policy.programme.lengthQuarters.
    const name = /^[A-Za-z_][A-Za-z0-9_]*(\[\d+\])*(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\])*)*/.exec(text.slice(i));
    if (name) {
      const word = name[0].toLowerCase();
      tokens.push(WORDS.has(word) ? { kind: 'op', text: word, at: i } : { kind: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) throw new InputError(messages.conditionSyntax(text, i, `unexpected character '${c}'`));
    tokens.push({ kind: 'op', text: ALIASES[op] ?? op, at: i });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: 'end of condition', at: text.length });
  return tokens;
}

/** Recursive descent, loosest first: or, and, not, comparison (one, not chained), + -, * /, unary minus. */
class Parser {
  private position = 0;
  constructor(private readonly text: string, private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.or();
    if (this.peek().kind !== 'end') this.fail(`unexpected '${this.peek().text}'`);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.position];
  }

  private take(...ops: string[]): string | undefined {
    const token = this.peek();
    if (token.kind === 'op' && ops.includes(token.text)) {
      this.position++;
      return token.text;
    }
    return undefined;
  }

  private fail(problem: string): never {
    throw new InputError(messages.conditionSyntax(this.text, this.peek().at, problem));
  }

  private or(): Node {
    let node = this.and();
    while (this.take('or')) node = { op: 'or', left: node, right: this.and() };
    return node;
  }

  private and(): Node {
    let node = this.not();
    while (this.take('and')) node = { op: 'and', left: node, right: this.not() };
    return node;
  }

  private not(): Node {
    return this.take('not') ? { op: 'not', arg: this.not() } : this.comparison();
  }

  private comparison(): Node {
    const left = this.sum();
    const op = this.take('<', '<=', '>', '>=', '==', '!=') as '<' | undefined;
    if (!op) return left;
    const node: Node = { op, left, right: this.sum() };
    if (this.take('<', '<=', '>', '>=', '==', '!=')) this.fail('comparisons do not chain: write a < b and b < c');
    return node;
  }

  private sum(): Node {
    let node = this.product();
    for (let op = this.take('+', '-'); op; op = this.take('+', '-')) node = { op: op as '+', left: node, right: this.product() };
    return node;
  }

  private product(): Node {
    let node = this.unary();
    for (let op = this.take('*', '/'); op; op = this.take('*', '/')) node = { op: op as '*', left: node, right: this.unary() };
    return node;
  }

  private unary(): Node {
    return this.take('-') ? { op: 'neg', arg: this.unary() } : this.primary();
  }

  private primary(): Node {
    const token = this.peek();
    if (this.take('(')) {
      const node = this.or();
      if (!this.take(')')) this.fail(`expected ')' but found '${this.peek().text}'`);
      return node;
    }
    if (token.kind === 'number') {
      this.position++;
      return { op: 'number', value: token.value! };
    }
    if (token.kind === 'name') {
      this.position++;
      return { op: 'column', name: token.text };
    }
    return this.fail(token.kind === 'end' ? 'the condition ends too early' : `expected a number, a column or '(' but found '${token.text}'`);
  }
}

type Kind = 'number' | 'truth';

/** The kind of a node's value; numbers and truth values do not mix (no `a and 3`, no `(a < b) + 1`). */
function kindOf(node: Node, text: string): Kind {
  const want = (arg: Node, kind: Kind, where: string) => {
    if (kindOf(arg, text) !== kind) throw new InputError(messages.conditionType(text, where, kind));
  };
  switch (node.op) {
    case 'number':
    case 'column':
      return 'number';
    case 'neg':
      want(node.arg, 'number', 'unary minus');
      return 'number';
    case 'not':
      want(node.arg, 'truth', 'not');
      return 'truth';
    case 'and':
    case 'or':
      want(node.left, 'truth', node.op);
      want(node.right, 'truth', node.op);
      return 'truth';
    default:
      want(node.left, 'number', node.op);
      want(node.right, 'number', node.op);
      return ['+', '-', '*', '/'].includes(node.op) ? 'number' : 'truth';
  }
}

function columnsOf(node: Node, into: Set<string>): Set<string> {
  if (node.op === 'column') into.add(node.name);
  else if (node.op === 'neg' || node.op === 'not') columnsOf(node.arg, into);
  else if ('left' in node) {
    columnsOf(node.left, into);
    columnsOf(node.right, into);
  }
  return into;
}

/** Value of a node: numbers as numbers, truth as 1/0, and NaN (undefined) wherever a NaN enters. */
function evaluate(node: Node, value: (column: string) => number): number {
  switch (node.op) {
    case 'number':
      return node.value;
    case 'column':
      return value(node.name);
    case 'neg':
      return -evaluate(node.arg, value);
    case 'not': {
      const a = evaluate(node.arg, value);
      return Number.isNaN(a) ? NaN : 1 - a;
    }
  }
  const a = evaluate(node.left, value);
  const b = evaluate(node.right, value);
  if (node.op === 'and') return a === 0 || b === 0 ? 0 : Number.isNaN(a) || Number.isNaN(b) ? NaN : 1;
  if (node.op === 'or') return a === 1 || b === 1 ? 1 : Number.isNaN(a) || Number.isNaN(b) ? NaN : 0;
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  switch (node.op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? NaN : a / b;
    case '<': return Number(a < b);
    case '<=': return Number(a <= b);
    case '>': return Number(a > b);
    case '>=': return Number(a >= b);
    case '==': return Number(a === b);
    case '!=': return Number(a !== b);
  }
}

/**
 * Parses a condition over the `known` numeric columns; `others` are columns that exist but hold no
 * numbers (categorical inputs), refused by name. A condition must be true or false, not a number.
 */
export function parseCondition(text: string, known: readonly string[], others: readonly string[] = []): Condition {
  if (text.trim() === '') throw new InputError(messages.conditionSyntax(text, 0, 'the condition is empty'));
  const tree = new Parser(text, tokenize(text)).parse();
  if (kindOf(tree, text) !== 'truth') throw new InputError(messages.conditionNotTruth(text));
  const columns = [...columnsOf(tree, new Set())];
  const numeric = new Set(known);
  for (const column of columns) {
    if (numeric.has(column)) continue;
    if (others.includes(column)) throw new InputError(messages.conditionNotNumeric(column));
    throw new InputError(messages.conditionUnknownColumn(column, nearestName(column, [...known, ...others])));
  }
  return { text, columns, evaluate: (value) => evaluate(tree, value) };
}
