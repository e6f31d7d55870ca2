import { defineConfig } from 'tsdown';

/**
 * Packages inlined into certkit's build: punycode (its ESM file cannot be require()d from CJS)
 * and tldts-icann's suffix trie (imported by file, which only a bundled copy keeps working in both
 * formats; docs/dependencies.md says why). The trie's own import, tldts-core, stays a dependency.
 */
const INLINED = ['punycode', /^punycode\//, /^tldts-icann\//];

/** One entry per public subpath (package.json "exports"), plus the CLI. */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'domain/index': 'src/domain/index.ts',
      'policy/index': 'src/policy/index.ts',
      'messages/index': 'src/messages/index.ts',
      'screen/index': 'src/screen/index.ts',
      'quota/index': 'src/quota/index.ts',
      'validation/index': 'src/validation/index.ts',
      'lifecycle/index': 'src/lifecycle/index.ts',
      'x509/index': 'src/x509/index.ts',
      'x509/sm2/index': 'src/x509/sm2/index.ts',
      'suffixes/index': 'src/suffixes/index.ts',
      'messages/en': 'src/messages/en.ts',
      'messages/zh-CN': 'src/messages/zh-CN.ts',
    },
    format: ['esm', 'cjs'],
    // One output file per source file, so bundlers drop whole unused modules ("sideEffects": false)
    // and importing normalizeDomain never drags in tldts or zod through a shared chunk.
    unbundle: true,
    platform: 'neutral',
    target: 'es2023',
    dts: true,
    sourcemap: false,
    clean: true,
    outDir: 'dist',
    deps: { alwaysBundle: INLINED }, // see INLINED
    // Rolldown inlines imported constants and leaves `import './limits.js'` behind, a bare import
    // of a side-effect-free module that every esbuild bundle warns about (ignored-bare-import).
    inputOptions: { optimization: { inlineConst: false } },
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    outDir: 'dist',
    deps: { alwaysBundle: INLINED }, // see INLINED
  },
]);
