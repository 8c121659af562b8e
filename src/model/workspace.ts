// Working buffers owned by one world (DESIGN.md convention 11): each module that needs scratch
// declares its own type and a slot for it; the world keeps one instance per slot, made on first use.
// Nothing is shared between worlds, so replications in one thread cannot see each other's buffers.

/** A kind of scratch a module keeps in each world; `create` makes a world's instance on first use. */
export interface ScratchSlot<T> {
  readonly name: string;
  readonly create: () => T;
}

/** Declares a slot (a module-level constant: the slot holds no buffers, the worlds do). */
export function scratchSlot<T>(name: string, create: () => T): ScratchSlot<T> {
  return Object.freeze({ name, create });
}

export class Workspace {
  private readonly items = new Map<ScratchSlot<unknown>, unknown>();

  /** This world's instance of `slot`'s scratch (one lookup per call: fetch it once per phase, not in loops). */
  of<T>(slot: ScratchSlot<T>): T {
    let item = this.items.get(slot) as T | undefined;
    if (item === undefined) {
      item = slot.create();
      this.items.set(slot, item);
    }
    return item;
  }

  /** Names of the slots made so far (for tests and diagnostics). */
  get slotNames(): string[] {
    return [...this.items.keys()].map((slot) => slot.name);
  }
}
