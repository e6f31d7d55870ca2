/**
 * A fixture computed on first use, inside a test, rather than while the test file loads. A throw
 * at load time fails the whole file without failing a test, which StrykerJS counts as a surviving
 * mutant; computed inside a test, the same throw kills it.
 *
 * @example
 * const screen = lazy(() => createScreen());
 * it('…', () => expect(screen()('shop.live', dv).verdict).toBe('pass'));
 */
export function lazy<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
