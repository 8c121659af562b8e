// CSV formatting with one deterministic number format, so the same results are the same bytes.

/** Integers as they are; other numbers to 10 significant digits without trailing zeros. */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '' : x > 0 ? 'Inf' : '-Inf';
  return String(Number(x.toPrecision(10)));
}

function quote(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function csvRow(fields: ReadonlyArray<string | number>): string {
  return fields.map((f) => (typeof f === 'number' ? formatNumber(f) : quote(f))).join(',') + '\n';
}
