/**
 * A cache that holds at most `capacity` entries and forgets the least recently used first, in
 * two generations: entries go into a young map; when it holds half the capacity, it becomes the
 * old map and the previous old one is dropped; an old entry read is moved back to the young map.
 * What was set or read within the last `capacity / 2` insertions is always kept. This is what
 * keeps a long-lived validator's memory bounded however many certificates pass through it, at
 * two `Map` lookups a read (an exact LRU moves every entry it reads).
 *
 * @example
 * const cache = createLru<string, number>(4);
 * cache.set('a', 1); cache.set('b', 2); cache.get('a'); cache.set('c', 3); cache.set('d', 4);
 * cache.get('a') // => 1 ('a' was read recently, so it was kept)
 * cache.get('b') // => undefined (the oldest, forgotten)
 */
export interface Lru<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  /** Entries held, at most `capacity`. */
  readonly size: number;
}

export function createLru<K, V>(capacity: number): Lru<K, V> {
  const half = Math.max(1, Math.floor(capacity / 2));
  let young = new Map<K, V>();
  let old = new Map<K, V>();
  const store = (key: K, value: V) => {
    young.set(key, value);
    if (young.size >= half) {
      old = young;
      young = new Map();
    }
  };
  return {
    get(key) {
      const value = young.get(key);
      if (value !== undefined) return value;
      const aged = old.get(key);
      if (aged !== undefined) {
        old.delete(key);
        store(key, aged);
      }
      return aged;
    },
    set(key, value) {
      old.delete(key);
      store(key, value);
    },
    get size() {
      return young.size + old.size;
    },
  };
}
