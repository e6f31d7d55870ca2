#!/usr/bin/env node
/**
 * The `certkit` command: the only module with I/O. Everything it does is in `run.ts`.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

const outcome = runCli(process.argv.slice(2), {
  readTextFile: (path) => readFileSync(path, 'utf8'),
  now: () => new Date(),
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
