import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/run.js';

/**
 * Every `npx certkit …` line of the README's CLI section, run as written (issue 18): in a scratch
 * directory that sees the repository's test/ folder, with a fixed clock. A line may say
 * `# exit N`; otherwise it must not be a usage or input error (exit 2).
 */
const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = /## The CLI\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** The words of a shell line: single and double quotes, no expansion (the README uses none). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

const lines = block
  .split('\n')
  .filter((line) => line.startsWith('npx certkit '))
  .map((line) => {
    const [command, comment] = line.split(/\s+#\s+/);
    const expected = /exit (\d)/.exec(comment ?? '')?.[1];
    return {
      line,
      argv: words(command ?? '').slice(2),
      expected: expected === undefined ? undefined : Number(expected),
    };
  });

const scratch = mkdtempSync(join(tmpdir(), 'certkit-readme-'));
symlinkSync(join(root, 'test'), join(scratch, 'test'));
symlinkSync(join(root, 'examples'), join(scratch, 'examples'));
const at = (path: string) => resolve(scratch, path);
const io: CliIo = {
  now: () => new Date('2030-01-01T00:00:00Z'),
  readTextFile: (path) => readFileSync(at(path), 'utf8'),
  readBytes: (path) => new Uint8Array(readFileSync(at(path))),
  writeFile: (path, data) => {
    mkdirSync(dirname(at(path)), { recursive: true });
    writeFileSync(at(path), data, { mode: 0o600 });
  },
  exists: (path) => existsSync(at(path)),
  env: {},
};

describe('the README’s CLI commands work as written', () => {
  it('has the commands to run', () => {
    expect(lines.length).toBeGreaterThan(15);
  });

  // in order: `inspect out/…csr` reads what `csr --out out/` wrote
  it.each(lines.map((entry) => [entry.line, entry] as const))('%s', async (_line, entry) => {
    const outcome = await runCli(entry.argv, io);
    if (entry.expected !== undefined) expect(outcome.exitCode, outcome.stderr).toBe(entry.expected);
    else expect(outcome.exitCode, outcome.stderr).not.toBe(2);
    expect(outcome.stdout.length + outcome.stderr.length).toBeGreaterThan(0);
  });
});
