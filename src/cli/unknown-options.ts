// "Did you mean --replications?" for options yargs' strict mode refuses, from the options the
// command knows (its own, its aliases, help and version).
import { messages } from '../messages.js';
import { nearestName } from '../nearest-name.js';

const UNKNOWN = /^Unknown arguments?: (.+)$/;

/**
 * Rewrites yargs' `Unknown argument(s): a, b` so each misspelt option gets its own line with the
 * nearest known option. Other messages, and unknown words that are not options, pass unchanged.
 */
export function withOptionSuggestions(message: string, argv: readonly string[], knownKeys: readonly string[]): string {
  const match = UNKNOWN.exec(message);
  if (!match) return message;
  const names = match[1].split(', ');
  const given = new Set(argv.filter((a) => a.startsWith('-')).map((a) => a.replace(/^-+/, '').split('=')[0]));
  // yargs lists `--max-memry` twice, also as `maxMemry`; and only option-like words get a suggestion.
  const options = names.filter((name) => given.has(name));
  if (options.length === 0) return message;
  const known = knownKeys.filter((key) => key.length > 1 && !/[A-Z]/.test(key));
  const lines = options.map((name) => {
    const suggestion = nearestName(name, known);
    return messages.unknownOption(`${name.length === 1 ? '-' : '--'}${name}`, suggestion && `--${suggestion}`);
  });
  const others = names.filter((name) => !given.has(name) && !options.some((o) => camel(o) === name));
  if (others.length > 0) lines.push(`Unknown argument${others.length === 1 ? '' : 's'}: ${others.join(', ')}`);
  return lines.join('\n');
}

function camel(kebab: string): string {
  return kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
