import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueCodes } from '../../src/core/index.js';

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
