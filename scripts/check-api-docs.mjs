#!/usr/bin/env node
// `npm run check:api`: the API reference in docs/api/ is generated from the doc comments
// (`npm run docs:api`, TypeDoc with typedoc-plugin-markdown). This regenerates it into a scratch
// folder, with every TypeDoc validation warning an error (an undocumented export, a broken
// {@link}), and fails when the checked-in reference differs: it can never go stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = join(root, 'docs/api');
const scratch = mkdtempSync(join(tmpdir(), 'certkit-api-'));

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', scratch, '--treatValidationWarningsAsErrors'],
    { cwd: root, stdio: 'inherit' },
  );
  const fresh = new Map(files(scratch).map((file) => [relative(scratch, file), readFileSync(file, 'utf8')]));
  const current = new Map(files(checkedIn).map((file) => [relative(checkedIn, file), readFileSync(file, 'utf8')]));
  const stale = [...new Set([...fresh.keys(), ...current.keys()])].filter(
    (name) => fresh.get(name) !== current.get(name),
  );
  if (stale.length > 0) {
    console.error(`docs/api is stale (${stale.join(', ')}): run npm run docs:api and commit the result`);
    process.exit(1);
  }
  console.log(`docs/api is current: ${fresh.size} pages`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
