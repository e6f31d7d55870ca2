import { defineConfig } from 'vitest/config';

/**
 * The suite StrykerJS runs for `npm run mutate` (docs/development.md): the rule tests in Node
 * only — the browser project runs the same files and would only double the time.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'test/lifecycle/**/*.test.ts',
      'test/policy/**/*.test.ts',
      'test/validation/**/*.test.ts',
      'test/quota/**/*.test.ts',
      'test/domain/**/*.test.ts',
      'test/screen/**/*.test.ts',
    ],
    exclude: ['test/**/*.node.test.ts'],
  },
});
