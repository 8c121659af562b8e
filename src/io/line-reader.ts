// Reads a text file line by line without loading it whole (outputs can be gigabytes), synchronously
// so merges stay simple and deterministic.
import { closeSync, readSync } from 'node:fs';
import { InputError, messages } from '../messages.js';
import { NotARegularFileError, openRegularFile } from './regular-file.js';

export class LineReader {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 16);
  private carry = '';
  private lines: string[] = [];
  private cursor = 0;
  private eof = false;

  constructor(readonly path: string) {
    try {
      this.fd = openRegularFile(path);
    } catch (error) {
      // A FIFO or device planted in a run folder would block or never end: refused unopened.
      if (error instanceof NotARegularFileError) throw new InputError(messages.notARegularInput(path));
      throw error;
    }
  }

  /** The next line without its newline, or undefined at the end; `peek` does not consume it. */
  peek(): string | undefined {
    while (this.cursor >= this.lines.length && !this.eof) this.fill();
    return this.cursor < this.lines.length ? this.lines[this.cursor] : undefined;
  }

  next(): string | undefined {
    const line = this.peek();
    if (line !== undefined) this.cursor++;
    return line;
  }

  close(): void {
    closeSync(this.fd);
  }

  private fill(): void {
    const read = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
    if (read === 0) {
      this.eof = true;
      this.lines = this.carry.length > 0 ? [utf8(this.carry)] : [];
      this.carry = '';
    } else {
      // Split as latin1 (one char per byte, so a chunk boundary never breaks a character), then
      // decode each whole line as UTF-8: a '\n' byte never occurs inside a multi-byte character.
      const text = this.carry + this.buffer.toString('latin1', 0, read);
      const parts = text.split('\n');
      this.carry = parts.pop() ?? '';
      this.lines = parts.map(utf8);
    }
    this.cursor = 0;
  }
}

/** Bytes above 0x7f: only such a line needs decoding (most lines are ASCII numbers and ids). */
const NON_ASCII = /[^\x00-\x7f]/;

function utf8(latin1: string): string {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}
