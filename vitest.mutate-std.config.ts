import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { environment: 'node', include: ['test/quota/**/*.test.ts', 'test/x509/issuance-standards.test.ts'], exclude: ['test/**/*.node.test.ts'] },
});
