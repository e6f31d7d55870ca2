import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueCodes } from '../../src/core/index.js';
import { en, zhCN } from '../../src/messages/index.js';

describe('issue code registry', () => {
  it('names only rules that exist in docs/rules.md', () => {
    const rules = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const known = new Set([...rules.matchAll(/\*\*([A-Z]+-\d+)\*\*/g)].map((match) => match[1]));
    expect(known.size).toBeGreaterThan(50);
    for (const [code, rule] of Object.entries(issueCodes)) {
      if (rule !== null) expect(known.has(rule), `${code} → ${rule}`).toBe(true);
    }
  });
});

describe('issue params (core/issue-params.ts)', () => {
  const source = readFileSync(new URL('../../src/core/issue-params.ts', import.meta.url), 'utf8');
  const declared = new Map(
    [...source.matchAll(/^ {2}'([\w.-]+)': (NoParams|\{([^}]*)\});$/gm)].map((match) => [
      match[1] as string,
      [...(match[3] ?? '').matchAll(/readonly (\w+):/g)].map((field) => field[1] as string),
    ]),
  );

  it('declares the params of every code, and only of codes', () => {
    expect([...declared.keys()].sort()).toEqual(Object.keys(issueCodes).sort());
  });

  it('every placeholder of every message is a param of its code, or {subject}', () => {
    for (const [code, params] of declared) {
      for (const catalog of [en, zhCN]) {
        const used = [...catalog[code as keyof typeof en].matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        for (const name of used)
          expect(name === 'subject' || params.includes(name as string), `${code} {${name}}`).toBe(true);
      }
    }
  });
});
