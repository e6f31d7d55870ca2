/**
 * `object` with `key` computed on first read, then kept. For derived text most callers never read
 * (a chain's `fullchainPem`; a certificate's fingerprints and PEM are literal getters alike): a
 * validator checking many uploads skips that work, a console that shows it pays once. The field
 * is an enumerable getter, so spreading, `JSON.stringify`, `structuredClone` and deep equality all
 * see a plain value, and it still works on an object frozen afterwards.
 *
 * @example
 * const info = lazily({ sha256: 'ab…' }, 'sha1', () => toHex(sha1(der)));
 * info.sha1 // => '5a…' (computed now, once)
 */
export function lazily<T extends object, K extends string, V>(object: T, key: K, compute: () => V): T & Record<K, V> {
  let computed = false;
  let value: V;
  return Object.defineProperty(object, key, {
    enumerable: true,
    get: () => {
      if (!computed) {
        value = compute();
        computed = true;
      }
      return value;
    },
  }) as T & Record<K, V>;
}
