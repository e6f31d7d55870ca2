#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts and the certkit sources it measures with esbuild, as a
// bundler would ship them, then runs it. Not through tsx: tsx compiles with esbuild's keepNames,
// which wraps every function created at run time in a `__name(fn, 'name')` call — a closure made
// per call on a hot path then costs more than the work it does, and the figures would measure
// the loader instead of the code users get. Packages stay external (their own builds run), but
// for tldts-icann's trie, which certkit's build inlines as well: its ES module imports files
// without their extension, which only a bundler resolves.
import { build } from 'esbuild';

const packagesExternal = {
  name: 'packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.startsWith('tldts-icann/') ? undefined : { path, external: true },
    );
  },
};

const bench = (name) => new URL(`../bench/${name}`, import.meta.url).pathname;
for (const name of ['run', 'scale'])
  await build({
    entryPoints: [bench(`${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [packagesExternal],
    outfile: bench(`${name}.bundle.mjs`),
    logLevel: 'warning',
  });
await import(bench('run.bundle.mjs'));
