/**
 * Answers that never change, kept by key, at most `max` of them: past the bound the oldest
 * goes first. For caches whose keys grow with cells, days or years, so that a long-running
 * bot's memory does not. Not refreshed on use (as an LRU would be): the bounds are far above
 * what a year needs, and the scheduler reads these tens of thousands of times a beat.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  /** The answer kept for `key`, else the one `make` gives, then kept. */
  get(key: K, make: () => V): V {
    const kept = this.entries.get(key);
    if (kept !== undefined) return kept;
    const made = make();
    this.entries.set(key, made);
    // A Map iterates in insertion order: its first key is the oldest.
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
    return made;
  }
}
