#!/usr/bin/env node
/**
 * The `certkit` command: the only module with I/O. Everything it does is in `run.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runCliAsync } from './run.js';

const outcome = await runCliAsync(process.argv.slice(2), {
  readTextFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { mode: 0o600 });
  },
  now: () => new Date(),
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
