#!/usr/bin/env node
// Size budgets: bundles what a user imports from the built package (dist/), minified for the
// browser, and fails when the gzip size is over its budget or pulls in a module it must not
// (DESIGN principle 5: importing normalizeDomain must not pull in the PSL or zod), or when
// esbuild warns about anything in the package (a bundler user would see the same warning).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const root = new URL('..', import.meta.url).pathname;

let failed = false;
const rows = [];
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: exportStatement(budget), resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2023',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const warnings = result.warnings.map((warning) => `${warning.id || 'warning'}: ${warning.text}`);
  const code = result.outputFiles[0].contents;
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  // Modules that contributed bytes to the output (esbuild lists tree-shaken ones with 0 bytes).
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .filter(([, usage]) => usage.bytesInOutput > 0)
    .map(([path]) => path);
  const forbidden = (budget.forbid ?? []).filter((name) =>
    inputs.some((input) => input.includes(`node_modules/${name}/`)),
  );
  const over = gzipKb > budget.limitKb;
  failed ||= over || forbidden.length > 0 || warnings.length > 0;
  rows.push({
    bundle: budget.name,
    'gzip KB': gzipKb.toFixed(2),
    'budget KB': budget.limitKb,
    status: over
      ? 'OVER BUDGET'
      : forbidden.length > 0
        ? `pulls in ${forbidden.join(', ')}`
        : warnings.length > 0
          ? `esbuild warns: ${[...new Set(warnings)].join('; ')}`
          : 'ok',
  });
}
console.table(rows);
if (failed) {
  console.error('size check failed');
  process.exit(1);
}

/**
 * `names: ["*"]` measures the whole entry; otherwise only the named exports. A page that imports
 * from several entries lists them under `parts` (each `{ entry, names }`), measured as one bundle.
 */
function exportStatement(budget) {
  return (budget.parts ?? [budget])
    .map(
      ({ entry, names }) => `export ${names.includes('*') ? '*' : `{ ${names.join(', ')} }`} from './dist/${entry}';`,
    )
    .join('\n');
}
