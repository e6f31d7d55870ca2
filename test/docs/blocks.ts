/**
 * The code blocks of README.md and docs/*.md, and how a TypeScript block becomes a checked
 * module: each `expression; // => expected` line asserts that the expression equals `expected`
 * (objects: the fields shown; text, numbers, arrays of them: exactly), continued on the next
 * lines by `//    more` comments; a `// =>` line of its own shows the one-line statement above it;
 * `// => throws 'code'` asserts a CertkitError with that code.
 * Other comments are prose and stay prose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Block {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
  /** The heading the block sits under. */
  readonly heading: string;
}

export const ROOT = new URL('../../', import.meta.url).pathname;

export function documentationFiles(): string[] {
  return [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
}

export function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  let heading = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    const fence = /^```(\S*)/.exec(line);
    if (fence === null) continue;
    const end = lines.findIndex((candidate, at) => at > index && candidate.startsWith('```'));
    blocks.push({ file, line: index + 1, lang: fence[1] ?? '', code: lines.slice(index + 1, end).join('\n'), heading });
    index = end;
  }
  return blocks;
}

const CHECK = /^(\s*)(.*?);?\s*\/\/ => (.*)$/;
const CONTINUED = /^\s*\/\/ {2,}(.*)$/;

/** A TypeScript block as a module body that asserts its `// =>` lines; also how many it asserts. */
export function checkedModule(code: string): { readonly source: string; readonly checks: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const match = CHECK.exec(lines[index] as string);
    if (match === null) {
      out.push(lines[index] as string);
      continue;
    }
    if ((match[2] ?? '').trim() === '') {
      // A `// =>` line of its own shows the value of the statement on the line above.
      const above = (out.pop() ?? '').replace(/\s*\/\/ .*$/, '');
      if (!/;\s*$/.test(above)) throw new Error(`a // => line follows no one-line statement: ${above}`);
      match[1] = /^\s*/.exec(above)?.[0] ?? '';
      match[2] = above.trim().replace(/;$/, '');
    }
    let expected = match[3] as string;
    while (index + 1 < lines.length && CONTINUED.test(lines[index + 1] as string)) {
      index += 1;
      expected += ` ${(CONTINUED.exec(lines[index] as string) as RegExpExecArray)[1]}`;
    }
    const [, indent, statement] = match as unknown as [string, string, string];
    const declared = /^(const|let) (\w+)(?::[^=]+)? = /.exec(statement);
    const throws = /^throws '([^']+)'/.exec(expected);
    checks += 1;
    if (throws !== null) out.push(`${indent}await __throws(async () => ${statement}, '${throws[1]}');`);
    else if (declared !== null) out.push(`${indent}${statement};`, `${indent}__expect(${declared[2]}, ${expected});`);
    else out.push(`${indent}__expect(await (${statement}), ${expected});`);
  }
  return { source: out.join('\n'), checks };
}
