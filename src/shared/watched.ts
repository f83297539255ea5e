// A value that changes over time, passed to whoever needs it: they read `value` now and
// subscribe to later changes. How a language (or any state one module owns and another
// follows) travels between modules, instead of through attributes on the page.
export type Unsubscribe = () => void;

export class Watched<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private current: T) {}

  get value(): T {
    return this.current;
  }

  /** Change the value; listeners hear of it only when it differs. */
  set(value: T): void {
    if (Object.is(value, this.current)) return;
    this.current = value;
    for (const listener of [...this.listeners]) listener(value);
  }

  subscribe(listener: (value: T) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
