import type { Policy } from './schema.js';

/** A policy rather than an options object: only policies carry a `catalog`. */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'catalog');
}
