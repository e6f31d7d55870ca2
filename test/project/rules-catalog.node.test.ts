import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/rules.md is the project's rules catalog (issue 17): every rule ID it defines is enforced in
 * `src/` and named in a test, unless the catalog lists it as not yet enforced; every ID used
 * anywhere is defined there; and nothing the suite or the scripts read lies outside the repository.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', 'dist', 'reports', '.git', '.stryker-tmp', 'fuzz-findings', 'fixtures']);

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : filesUnder(path, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const catalog = read('docs/rules.md');
const defined = new Set([...catalog.matchAll(/^- \*\*([A-Z]+-\d+)\*\*/gm)].map((match) => match[1] as string));
const notYet = new Set(
  [...(catalog.match(/\*\*Not yet enforced:\*\*([^.]*)\./)?.[1] ?? '').matchAll(/[A-Z]+-\d+/g)].map(
    (match) => match[0],
  ),
);
const prefixes = [...new Set([...defined].map((id) => id.split('-')[0]))].join('|');
/** An ID-shaped word (`DOM-05`), not a regex fragment such as `TYPE-0[1-5]`. */
const ID = new RegExp(`\\b(?:${prefixes})-\\d+(?![\\d\\[])`, 'g');

const src = filesUnder('src', ['.ts']);
const tests = filesUnder('test', ['.ts']).filter((file) => !file.endsWith('rules-catalog.node.test.ts'));
const idsIn = (files: readonly string[]) => new Set(files.flatMap((file) => read(file).match(ID) ?? []));

describe('the rules catalog (docs/rules.md)', () => {
  it('defines the rules of every area, each once', () => {
    const all = [...catalog.matchAll(/^- \*\*([A-Z]+-\d+)\*\*/gm)].map((match) => match[1]);
    expect(all.length).toBe(defined.size);
    expect(prefixes.split('|').sort()).toEqual(
      ['CAA', 'CHAIN', 'CSR', 'DCV', 'DOM', 'GIFT', 'LIFE', 'MATCH', 'QUOTA', 'SCREEN', 'STD', 'TYPE'].sort(),
    );
    expect(defined.size).toBeGreaterThanOrEqual(92);
  });

  it('every rule is enforced in src/ and named in a test, except those it lists as not yet enforced', () => {
    const inSrc = idsIn(src);
    const inTests = idsIn(tests);
    const missing = [...defined].filter((id) => !notYet.has(id) && !(inSrc.has(id) && inTests.has(id)));
    expect(missing).toEqual([]);
  });

  it('a rule listed as not yet enforced really is not: no code names it', () => {
    expect([...notYet].every((id) => defined.has(id))).toBe(true);
    const inSrc = idsIn(src);
    expect([...notYet].filter((id) => inSrc.has(id))).toEqual([]);
  });

  it('code, tests, scripts and docs use only IDs the catalog defines', () => {
    const files = [
      ...src,
      ...tests,
      ...filesUnder('scripts', ['.ts', '.mjs']),
      ...filesUnder('docs', ['.md']),
      'README.md',
      'CHANGELOG.md',
    ];
    const unknown = files.flatMap((file) =>
      [...new Set(read(file).match(ID) ?? [])].filter((id) => !defined.has(id)).map((id) => `${file}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('the repository stands alone', () => {
  const files = [
    ...tests,
    'test/project/rules-catalog.node.test.ts',
    ...filesUnder('scripts', ['.ts', '.mjs']),
    ...filesUnder('bench', ['.ts']),
    ...filesUnder('examples', ['.ts', '.mjs', '.js', '.json', '.sh']),
    ...filesUnder('.ci', ['run']),
    'vitest.config.ts',
    'vitest.mutate.config.ts',
    'tsdown.config.ts',
    'package.json',
    ...filesUnder('docs', ['.md']),
    'README.md',
  ];

  /** The folder beside the repository that a clone lacks, and this machine's root (built in pieces, so this file does not name them). */
  const OUTSIDE_NAMES = new RegExp(`\\b${'shar'}ed/(?:corpora|seeds|RULES|DESIGN)|/${'wo'}rk/`);

  it('no test, script, example or doc reads or links a path outside it', () => {
    const outside: string[] = [];
    for (const file of files) {
      const text = read(file);
      if (OUTSIDE_NAMES.test(text)) outside.push(`${file}: names the project's shared folder or /work`);
      for (const match of text.matchAll(/(?:['"`(]|\]\()((?:\.\.\/)+)/g)) {
        const target = resolve(ROOT, dirname(file), match[1] as string);
        if (relative(ROOT, target).startsWith('..')) outside.push(`${file}: ${match[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('the check sees a path that climbs out', () => {
    const target = resolve(ROOT, 'test/project', '../'.repeat(3)); // written so this file has no such literal
    expect(relative(ROOT, target).startsWith('..')).toBe(true);
  });
});
