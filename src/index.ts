/**
 * certkit: SSL/TLS certificate domain logic. This entry re-exports every area; import the
 * subpath entries (`certkit/domain`, `certkit/policy`, …) to keep bundles small.
 */
export * from './core/index.js';
export * from './domain/index.js';
export * from './lifecycle/index.js';
export * from './messages/index.js';
export * from './policy/index.js';
export * from './quota/index.js';
export * from './screen/index.js';
export * from './validation/index.js';
export * from './x509/index.js';
