// Reading a number from an option's text strictly, so a typing slip is an error and never a value.

/** A plain decimal number as a user types it: `7`, `-0.5`, `1e6` (no hex, binary, words or blanks). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number an option's text means, or NaN: the options are declared as strings so that an empty
 * `-s ''` or `0x10` reaches this check instead of being turned into 0 or 16 by the parser. A default
 * (already a number) passes through.
 */
export function optionNumber(value: unknown): number {
  // An option given twice counts as given last, as the parser's numbers did.
  if (Array.isArray(value)) return optionNumber(value[value.length - 1]);
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  return DECIMAL.test(text) ? Number(text) : NaN;
}

/** An option's text as a message shows it: an empty or blank value as `nothing`. */
export function shownOption(value: unknown): string {
  if (Array.isArray(value)) return shownOption(value[value.length - 1]);
  return typeof value === 'string' && value.trim() === '' ? 'nothing' : String(value);
}
