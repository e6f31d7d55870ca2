/**
 * `compute`, called on the first call only; later calls return its value. For what a result
 * derives that most callers never read — a chain's `fullchainPem`, its certificates' display form
 * — behind getters that are own enumerable keys of the result (an object literal's `get`), so
 * spreading, `JSON.stringify`, `structuredClone` and deep equality all see a plain value: a
 * validator checking many uploads skips that work, a console that shows it pays once.
 *
 * @example
 * const pem = once(() => chain.map((info) => info.pem).join(''));
 * const result = { get fullchainPem() { return pem(); } };
 * result.fullchainPem // => '-----BEGIN CERTIFICATE-----…' (computed now, once)
 */
export function once<T>(compute: () => T): () => T {
  let value: { readonly is: T } | undefined;
  return () => {
    value ??= { is: compute() };
    return value.is;
  };
}
