import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of docs/architecture.md that a machine can check: no import circle (type-only
 * imports included) and no function longer than {@link MAX_FUNCTION_LINES} lines unless a
 * comment just above it gives the reason (`// long: …`).
 */
const MAX_FUNCTION_LINES = 60;
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const parsed = new Map(
  files.map((file) => [file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)]),
);

/** Relative imports and re-exports of a file, resolved to source paths. */
function importsOf(file: string): string[] {
  const source = parsed.get(file) as ts.SourceFile;
  const targets: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.'))
      targets.push(resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts')));
  }
  return targets;
}

function findCycle(): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'visiting') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'visiting');
    stack.push(file);
    for (const target of importsOf(file)) {
      const cycle = parsed.has(target) ? visit(target) : undefined;
      if (cycle !== undefined) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle !== undefined) return cycle.map((path) => relative(SRC, path));
  }
  return undefined;
}

function longFunctions(): string[] {
  const found: string[] = [];
  for (const [file, source] of parsed) {
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const comments = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
        const reason = comments.some((range) => /\/\/ long: /.test(source.text.slice(range.pos, range.end)));
        if (end - start + 1 > MAX_FUNCTION_LINES && !reason)
          found.push(`${relative(SRC, file)}:${start + 1} (${end - start + 1} lines)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Places outside the CLI that read the clock: `Date.now()` or `new Date()` with no argument. */
function clockReads(): string[] {
  const found: string[] = [];
  for (const [file, source] of parsed) {
    if (relative(SRC, file).startsWith('cli/')) continue;
    const visit = (node: ts.Node): void => {
      const now =
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.getText(source) === 'Date.now';
      const bare = ts.isNewExpression(node) && node.expression.getText(source) === 'Date' && !node.arguments?.length;
      if (now || bare)
        found.push(`${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the structure of src/', () => {
  it('never reads the clock outside the CLI: time is an argument', () => {
    expect(clockReads()).toEqual([]);
  });

  it('has no import circle, type-only imports included', () => {
    expect(findCycle()).toBeUndefined();
  });

  it('the cycle finder finds a circle when there is one', () => {
    const a = join(SRC, '__a.ts');
    const b = join(SRC, '__b.ts');
    parsed.set(a, ts.createSourceFile(a, "import type { B } from './__b.js';", ts.ScriptTarget.Latest, true));
    parsed.set(b, ts.createSourceFile(b, "import type { A } from './__a.js';", ts.ScriptTarget.Latest, true));
    files.push(a, b);
    try {
      expect(findCycle()).toEqual(['__a.ts', '__b.ts', '__a.ts']);
    } finally {
      parsed.delete(a);
      parsed.delete(b);
      files.splice(files.indexOf(a), 2);
    }
  });

  it(`has no function longer than ${MAX_FUNCTION_LINES} lines without a reason`, () => {
    expect(longFunctions()).toEqual([]);
  });
});
