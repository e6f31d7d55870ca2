import { defineConfig } from 'vitest/config';

/**
 * `npm run test:examples`: the examples' own tests (examples/) and the documentation's code blocks
 * (test/docs/), run after `npm run build` because they import the built package by its name,
 * `certkit/…`, exactly as a user's project does.
 */
export default defineConfig({
  test: {
    name: 'examples',
    environment: 'node',
    include: ['examples/**/*.test.ts', 'test/docs/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
