/**
 * Every code block of README.md and docs/ runs (issue 17), against the built package: TypeScript
 * blocks as modules whose `// =>` lines are assertions (blocks.ts), shell blocks line by line in
 * bash with `certkit` on the PATH, a `text` block right after a shell block as the output of its
 * last command, JSON blocks through the reader their section names. Run by `npm run
 * test:examples` after the build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readState } from 'certkit/lifecycle';
import { parsePolicy } from 'certkit/policy';
import { createQuotaLedger } from 'certkit/quota';
import { describe, expect, it } from 'vitest';
import { type Block, blocksOf, checkedModule, documentationFiles, ROOT } from './blocks.js';

/** Blocks not run here, each with the reason. */
const NOT_RUN: Record<string, string> = {
  'README.md#Install':
    'installs the published package from the npm registry; publint, attw and check:types check what it installs',
  'README.md#Quick start':
    'the set-up commands: `bash .ci/run` is what CI itself runs, so running it here would recurse',
  'docs/development.md#Mutation testing':
    'a mutation run takes from minutes to most of an hour and needs its own report; it is run by hand (npm run mutate)',
  'docs/lifecycle.md#The state diagram':
    'the generated diagram: test/lifecycle/diagram.node.test.ts checks it equals lifecycleDiagram()',
};
/** JSON blocks by section: the reader that must accept them. */
const JSON_READERS: [RegExp, (value: unknown) => unknown][] = [
  [/^Ledger records/, (value) => createQuotaLedger(value as never)],
  [/^Certificate state/, (value) => readState(value as never)],
  [/^Policy files/, (value) => parsePolicy(value)],
];

const blocks = documentationFiles().flatMap(blocksOf);
const label = (block: Block) => `${block.file}:${block.line} (${block.lang || 'no language'})`;
const skipped = (block: Block) => NOT_RUN[`${block.file}#${block.heading}`] !== undefined;
const modules = join(ROOT, 'reports/docs-examples');
mkdirSync(modules, { recursive: true });

describe('documentation code blocks', () => {
  it('finds the blocks, and each has a language it knows', () => {
    expect(blocks.length).toBeGreaterThan(30);
    const unknown = blocks.filter((block) => !skipped(block) && !['ts', 'sh', 'json', 'text'].includes(block.lang));
    expect(unknown.map(label)).toEqual([]);
  });

  it('every NOT_RUN entry names a block that exists', () => {
    for (const key of Object.keys(NOT_RUN))
      expect(
        blocks.some((block) => `${block.file}#${block.heading}` === key),
        key,
      ).toBe(true);
  });

  const ts = blocks.filter((block) => block.lang === 'ts' && !skipped(block));
  it.each(ts.map((block) => [label(block), block] as const))(
    '%s runs and shows what it returns',
    async (_label, block) => {
      const { source } = checkedModule(block.code);
      const file = join(modules, `${block.file.replace(/\W/g, '-')}-${block.line}.mts`);
      writeFileSync(file, `import { __expect, __throws } from '../../test/docs/assert.ts';\n${source}\nexport {};\n`);
      await import(pathToFileURL(file).href);
    },
  );

  it('a `// =>` line of its own checks the statement above it', () => {
    expect(checkedModule('f(1);\n// => 2').source).toBe('__expect(await (f(1)), 2);');
    expect(() => checkedModule('// => 2')).toThrow(/follows no one-line statement/);
  });

  it('a `// =>` line that does not hold fails its block', async () => {
    const file = join(modules, 'self-check.mts');
    writeFileSync(
      file,
      `import { __expect } from '../../test/docs/assert.ts';\n${checkedModule('1 + 1; // => 3').source}\nexport {};\n`,
    );
    await expect(import(pathToFileURL(file).href)).rejects.toThrow(/expected 2 to deeply equal 3/);
  });

  it('asserts what the TypeScript blocks show: at least 60 `// =>` lines', () => {
    expect(ts.reduce((sum, block) => sum + checkedModule(block.code).checks, 0)).toBeGreaterThanOrEqual(60);
  });

  const json = blocks.filter((block) => block.lang === 'json' && !skipped(block));
  it.each(json.map((block) => [label(block), block] as const))('%s is read by its reader', (_label, block) => {
    const value = JSON.parse(block.code);
    const reader = JSON_READERS.find(([heading]) => heading.test(block.heading))?.[1];
    if (reader !== undefined) expect(() => reader(value)).not.toThrow();
  });
});

describe('documentation shell blocks', () => {
  const bin = mkdtempSync(join(tmpdir(), 'certkit-bin-'));
  writeFileSync(
    join(bin, 'certkit'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli/main.mjs')}" "$@"\n`,
  );
  chmodSync(join(bin, 'certkit'), 0o755);
  const scratches = new Map<string, string>();
  /** One scratch folder per documentation file, seeing the repository's test/ and examples/. */
  function scratchFor(file: string): string {
    let dir = scratches.get(file);
    if (dir === undefined) {
      dir = mkdtempSync(join(tmpdir(), 'certkit-docs-'));
      for (const name of ['test', 'examples']) symlinkSync(join(ROOT, name), join(dir, name));
      scratches.set(file, dir);
    }
    return dir;
  }

  const sh = blocks.filter((block) => block.lang === 'sh' && !skipped(block));
  it.each(sh.map((block) => [label(block), block] as const))('%s runs as written', (_label, block) => {
    const lines = block.code.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(lines.length).toBeGreaterThan(0);
    let output = '';
    for (const line of lines) {
      const [command, comment] = line.replace(/^npx certkit /, 'certkit ').split(/\s+#\s+/);
      const expected = Number(/exit (\d)/.exec(comment ?? '')?.[1] ?? Number.NaN);
      const run = spawnSync('bash', ['-o', 'pipefail', '-c', command as string], {
        cwd: scratchFor(block.file),
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LANG: 'C.UTF-8' },
        encoding: 'utf8',
      });
      output = `${run.stdout}${run.stderr}`;
      if (Number.isNaN(expected)) expect(run.status, `${line}\n${output}`).toBe(0);
      else expect(run.status, `${line}\n${output}`).toBe(expected);
    }
    const next = blocks[blocks.indexOf(block) + 1];
    if (
      next?.file === block.file &&
      next.lang === 'text' &&
      next.line - block.line - block.code.split('\n').length <= 4
    ) {
      for (const expectedLine of next.code.split('\n').filter((text) => text.trim() !== ''))
        expect(output).toContain(expectedLine.trim());
    }
  });

  it('text blocks are outputs of the shell block just above them', () => {
    const text = blocks.filter((block) => block.lang === 'text');
    for (const block of text) expect(blocks[blocks.indexOf(block) - 1]?.lang, label(block)).toBe('sh');
  });

  it('the shim runs the built CLI', () => {
    expect(execFileSync(join(bin, 'certkit'), ['help'], { encoding: 'utf8' })).toContain('certkit');
  });
});
