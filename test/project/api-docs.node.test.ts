import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every exported function of every entry carries a worked example in its doc comment (issue 17):
 * the `@example` the API reference (docs/api, `npm run check:api`) and editors show.
 */
const ENTRIES = [
  'core/index',
  'domain/index',
  'policy/index',
  'screen/index',
  'quota/index',
  'validation/index',
  'lifecycle/index',
  'x509/index',
  'suffixes/index',
  'messages/index',
  'messages/en',
  'messages/zh-CN',
].map((entry) => new URL(`../../src/${entry}.ts`, import.meta.url).pathname);

const program = ts.createProgram(ENTRIES, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  types: [],
});
const checker = program.getTypeChecker();

function isFunction(declaration: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(declaration)) return true;
  const initializer = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  return initializer !== undefined && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer));
}

const functions = ENTRIES.flatMap((entry) => {
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile) as ts.Symbol;
  return checker.getExportsOfModule(module).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = (symbol.declarations ?? []).filter(isFunction);
    if (declarations.length === 0) return [];
    const tags = declarations.flatMap((declaration) => ts.getJSDocTags(declaration).map((tag) => tag.tagName.text));
    return [{ name: `${entry.split('/src/')[1]}: ${exported.name}`, hasExample: tags.includes('example') }];
  });
});

describe('the API reference', () => {
  it('finds the exported functions of every entry', () => {
    expect(new Set(functions.map((fn) => fn.name)).size).toBeGreaterThan(100);
  });

  it('every exported function has a worked example (@example)', () => {
    expect(functions.filter((fn) => !fn.hasExample).map((fn) => fn.name)).toEqual([]);
  });
});
