import { describe, expect, it } from 'vitest';
import { createCoverageIndex } from '../../src/domain/index.js';

describe('createCoverageIndex at CDN scale', () => {
  it('indexes 1 million names and answers correctly', () => {
    const entries = Array.from({ length: 500_000 }, (_, i) => ({
      id: i,
      names: [`site${i}.example.com`, i % 2 === 0 ? `*.site${i}.example.com` : `www.site${i}.example.com`],
    }));
    const index = createCoverageIndex(entries);
    expect(index.size).toBe(1_000_000);
    expect(index.lookup('site499999.example.com')).toEqual([499_999]);
    expect(index.lookup('shop.site123456.example.com')).toEqual([123_456]);
    expect(index.lookup('shop.site123457.example.com')).toEqual([]);
    expect(index.lookup('www.site123457.example.com')).toEqual([123_457]);
    expect(index.lookup('unknown.example.com')).toEqual([]);
  }, 60_000); // a million names on the 2-core machine while the browser project runs beside it: a bound, not a speed target
});
