// Outstanding bank loans: repaid in equal parts; written off when the borrower exits.
import { grown } from './growable.js';

export class LoanTable {
  count = 0;
  private capacity = 64;
  borrower = new Int32Array(this.capacity);
  bank = new Int32Array(this.capacity);
  outstandingJpyM = new Float64Array(this.capacity);
  instalmentJpyM = new Float64Array(this.capacity);

  add(borrower: number, bank: number, principalJpyM: number, termQuarters: number): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const id = this.count++;
    this.borrower[id] = borrower;
    this.bank[id] = bank;
    this.outstandingJpyM[id] = principalJpyM;
    this.instalmentJpyM[id] = principalJpyM / termQuarters;
    return id;
  }

  remove(id: number): void {
    const last = --this.count;
    if (id === last) return;
    this.borrower[id] = this.borrower[last];
    this.bank[id] = this.bank[last];
    this.outstandingJpyM[id] = this.outstandingJpyM[last];
    this.instalmentJpyM[id] = this.instalmentJpyM[last];
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.borrower = grown(this.borrower, capacity);
    this.bank = grown(this.bank, capacity);
    this.outstandingJpyM = grown(this.outstandingJpyM, capacity);
    this.instalmentJpyM = grown(this.instalmentJpyM, capacity);
  }
}
