// Growing struct-of-arrays columns: capacity doubles when full, so appends are amortised O(1).

export type NumericArray =
  | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array;

export function grown<T extends NumericArray>(column: T, capacity: number): T {
  const Ctor = column.constructor as new (n: number) => T;
  const next = new Ctor(capacity);
  next.set(column);
  return next;
}

/** `scratch` if it holds `size` values, else a new one for at least `size` (contents not kept). */
export function atLeast(scratch: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return scratch.length >= size ? scratch : new Int32Array(Math.max(size, 2 * scratch.length));
}
