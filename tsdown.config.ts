import { defineConfig } from 'tsdown';

/** One entry per public subpath (package.json "exports"), plus the CLI. */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'domain/index': 'src/domain/index.ts',
      'policy/index': 'src/policy/index.ts',
      'messages/index': 'src/messages/index.ts',
      'messages/en': 'src/messages/en-entry.ts',
      'messages/zh-CN': 'src/messages/zh-CN-entry.ts',
    },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2023',
    dts: true,
    sourcemap: false,
    clean: true,
    outDir: 'dist',
    noExternal: ['punycode', /^punycode\//], // inlined: its ESM file cannot be require()d from CJS
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    outDir: 'dist',
    noExternal: ['punycode', /^punycode\//], // inlined: its ESM file cannot be require()d from CJS
  },
]);
