#!/usr/bin/env node
/**
 * The `certkit` command: the only module with I/O. Everything it does is in `run.ts`. Files it
 * writes (keys, keystores, passwords among them) get mode 0600.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runCli } from './run.js';

const outcome = await runCli(process.argv.slice(2), {
  readTextFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  readStdin: () => new Uint8Array(readFileSync(0)),
  writeFile: (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data, { mode: 0o600 });
  },
  exists: (path) => existsSync(path),
  now: () => new Date(),
  env: process.env,
  isTty: process.stdout.isTTY === true,
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
