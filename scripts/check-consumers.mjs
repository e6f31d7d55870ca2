#!/usr/bin/env node
// `npm run check:types`: compiles test/consumers/ against the built package (dist/) under every
// TypeScript setup a user may have, without skipLibCheck, so a type file that needs the DOM lib,
// a missing export or a type that silently turns into `any` fails here and not in a user's build.
// Each setup gets a scratch project in the system temp folder whose node_modules/certkit links
// to this repository, exactly as `npm install certkit` would resolve it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const strict = { strict: true, noEmit: true, skipLibCheck: false, exactOptionalPropertyTypes: true };

/** name → compiler options and the files compiled. */
const setups = {
  'Node, node16 resolution, lib ES2022 + @types/node (no DOM)': {
    options: { module: 'node16', moduleResolution: 'node16', target: 'ES2022', lib: ['ES2022'], types: ['node'] },
    files: ['consumer.mts', 'consumer.cts'],
  },
  'Node, nodenext resolution, CommonJS package': {
    type: 'commonjs',
    options: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', lib: ['ES2022'], types: ['node'] },
    files: ['consumer.cts'],
  },
  'bundler resolution, browser (DOM lib)': {
    options: { module: 'esnext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [] },
    files: ['consumer.mts'],
  },
  // zod's own type files name the global URL, which only the DOM lib or @types/node declare, so
  // this setup is checked for errors in certkit's files alone (its WebCrypto stand-in types).
  'bundler resolution, neither DOM nor @types/node (certkit files only)': {
    options: { module: 'esnext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022'], types: [] },
    files: ['consumer.mts'],
    foreignErrorsFrom: ['node_modules/zod/'],
  },
};

let failed = false;
for (const [name, setup] of Object.entries(setups)) {
  const dir = mkdtempSync(join(tmpdir(), 'certkit-consumer-'));
  try {
    mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules/certkit'), 'dir');
    symlinkSync(join(root, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
    // One consumer, compiled as ESM (.mts) and as CommonJS (.cts: `require` conditions, .d.cts files).
    for (const file of setup.files) cpSync(join(root, 'test/consumers/consumer.mts'), join(dir, file));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: setup.type ?? 'module' }),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...strict, ...setup.options }, files: setup.files }),
    );
    execFileSync(process.execPath, [tsc, '-p', dir], { stdio: 'pipe' });
    console.log(`ok    ${name}`);
  } catch (error) {
    const errors = (error.stdout?.toString() ?? error.message).split('\n').filter((line) => /error TS/.test(line));
    const own = errors.filter((line) => !(setup.foreignErrorsFrom ?? []).some((prefix) => line.startsWith(prefix)));
    if (errors.length > 0 && own.length === 0) {
      console.log(`ok    ${name} (${errors.length} errors in dependencies' own type files)`);
      continue;
    }
    failed = true;
    console.error(`FAIL  ${name}\n${own.join('\n') || error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (failed) process.exit(1);
