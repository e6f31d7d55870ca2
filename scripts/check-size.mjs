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
    // what a page loads up front: code behind a dynamic import (SM2, met only in SM2 material) is
    // its own chunk, loaded when it is needed, as every code-splitting bundler does
    splitting: true,
    outdir: 'size-check',
  });
  const warnings = result.warnings.map((warning) => `${warning.id || 'warning'}: ${warning.text}`);
  // the entry chunk and every chunk it imports statically (shared code), not the dynamic ones
  const outputs = result.metafile.outputs;
  const [entryPath] = Object.entries(outputs).find(([, out]) => out.entryPoint !== undefined);
  const upFront = new Set([entryPath]);
  for (const path of upFront)
    for (const edge of outputs[path].imports)
      if (edge.kind === 'import-statement' && outputs[edge.path]) upFront.add(edge.path);
  const files = result.outputFiles.filter((file) => [...upFront].some((path) => file.path.endsWith(path)));
  const code = Buffer.concat(files.map((file) => file.contents));
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  const output = { inputs: Object.assign({}, ...[...upFront].map((path) => outputs[path].inputs)) };
  // Modules that contributed bytes up front (esbuild lists tree-shaken ones with 0 bytes).
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
