// Reading an ensemble of parameter sets (posterior.csv of `calibrate --method abc|history-matching`):
// the parameter columns lie between `weight` and the score column (`distance` or `implausibility`).
import { readRegularText } from '../io/regular-file.js';
import { InputError, messages } from '../messages.js';

export interface EnsembleTable {
  /** Parameter paths, in column order. */
  parameters: string[];
  /** One row per set: its parameter values and weight (normalised to sum to 1). */
  sets: { values: number[]; weight: number }[];
}

const SCORE_COLUMNS = ['distance', 'implausibility'];

export function readEnsemble(file: string): EnsembleTable {
  let text: string;
  try {
    // A FIFO or device (/dev/zero) would block or never end: refused from its stat, never opened.
    text = readRegularText(file);
  } catch (error) {
    throw new InputError(messages.fileUnreadable(file, (error as Error).message.split('\n')[0]));
  }
  // A spreadsheet that saved it again may end lines with CR LF.
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  const end = columns.findIndex((c) => SCORE_COLUMNS.includes(c));
  if (columns[0] !== 'set' || columns[1] !== 'weight' || end < 3) throw new InputError(messages.notAnEnsemble(file));
  const parameters = columns.slice(2, end);
  const sets = lines.map((line, i) => {
    const fields = line.split(',').map(Number);
    // A short row would leave parameters unset, and the scenario's defaults would stand in silently.
    if (fields.length !== columns.length) throw new InputError(messages.ensembleRowFields(file, i + 1, fields.length, columns.length));
    return { values: fields.slice(2, end), weight: fields[1] };
  });
  if (sets.length === 0 || sets.some((s) => !(s.weight >= 0) || s.values.some((v) => !Number.isFinite(v)))) throw new InputError(messages.notAnEnsemble(file));
  const total = sets.reduce((sum, s) => sum + s.weight, 0);
  if (!(total > 0)) throw new InputError(messages.notAnEnsemble(file));
  for (const s of sets) s.weight /= total;
  return { parameters, sets };
}
